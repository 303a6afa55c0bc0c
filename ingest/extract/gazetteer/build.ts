// The gazetteer's entries from the packages' rows (source.ts), corrected by overrides.ts, each marked
// with the context it needs (ambiguity.ts). cache.ts keeps the result, so this runs once per change.
import { fold } from '../text';
import { areaAmbiguity, isWordLike, townAmbiguity, wordSets } from './ambiguity';
import type { PlaceOverride } from './overrides';
import { COUNTRY_OVERRIDES, EXTRA_TOWNS, NOT_PLACES, REGION_OVERRIDES, TOWN_OVERRIDES } from './overrides';
import type { Ambiguity, BuiltGazetteer, GazetteerEntry, RawGazetteer, RawTown } from './types';
import { TOWN_CAPITAL, TOWN_REGION_SEAT } from './types';

const unique = (name: string, forms: readonly string[]): string[] => {
  const seen = new Set([fold(name)]);
  return forms.filter((f) => {
    const k = fold(f);
    if (!f || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

function entry(
  base: Omit<GazetteerEntry, 'aliases' | 'ambiguous' | 'ambiguity' | 'words'>,
  forms: readonly string[],
  ambiguity: Ambiguity,
  o: PlaceOverride | undefined,
): GazetteerEntry {
  const name = o?.name ?? base.name;
  const level = o?.ambiguity ?? ambiguity;
  const aliases = unique(name, [base.name, ...forms, ...(o?.aliases ?? [])]);
  return {
    ...base,
    name,
    aliases,
    ...(level === 'none' ? {} : { ambiguous: true, ambiguity: level }),
    words: [name, ...aliases].map((f) => fold(f).split(/\s+/).filter(Boolean)),
  };
}

/** "la República de Chile", "el Reino de España": how official texts name a country. */
const officialForms = (name: string): string[] => [`República de ${name}`, `Reino de ${name}`];

/**
 * GeoNames names some towns by their formal title; the press drops it: "Heroica Guaymas" is
 * "Guaymas", "Ciudad Apodaca" is "Apodaca".
 */
function shortForm(name: string): string | null {
  const m = /^(?:Heroica|Ciudad|H\.) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)$/u.exec(name);
  return m ? m[1]! : null;
}

export function buildGazetteer(raw: RawGazetteer): BuiltGazetteer {
  const words = wordSets();
  const removed = new Set(NOT_PLACES.map(fold));
  const keep = (e: GazetteerEntry) => !removed.has(fold(e.name));

  const countryName = new Map<string, string>();
  const countries = raw.countries.map((c) => {
    const o = COUNTRY_OVERRIDES[c.code];
    const e = entry(
      { name: c.es, kind: 'country', code: c.code },
      [c.en, ...c.aliases, ...officialForms(o?.name ?? c.es)],
      areaAmbiguity(o?.name ?? c.es, words),
      o,
    );
    countryName.set(c.code, e.name);
    return e;
  });

  const regionName = new Map<string, string>();
  const regions = raw.regions.map((r) => {
    const o = REGION_OVERRIDES[r.code];
    const e = entry(
      { name: r.name, kind: 'state', code: r.code, country: countryName.get(r.country) ?? r.country },
      r.aliases,
      // a GeoNames form that is a word makes the region need context too ("Victoria" for Rabat, Malta)
      [o?.name ?? r.name, ...r.aliases].some((n) => areaAmbiguity(n, words) !== 'none') ? 'minor' : 'none',
      o,
    );
    regionName.set(r.code, e.name);
    return e;
  });

  const rows: RawTown[] = [...raw.towns, ...EXTRA_TOWNS].flatMap((t) => {
    const short = shortForm(t[0]);
    return short ? [t, [short, t[1], t[2], t[3], t[4]] as RawTown] : [t];
  });
  const namesakes = new Map<string, number>();
  const best = new Map<string, RawTown>();
  for (const t of rows) {
    const k = fold(t[0]);
    namesakes.set(k, (namesakes.get(k) ?? 0) + 1);
    const b = best.get(k);
    const rank = (x: RawTown) => (x[4] & TOWN_CAPITAL ? 1e12 : 0) + x[3];
    if (!b || rank(t) > rank(b)) best.set(k, t);
  }
  const towns: GazetteerEntry[] = [];
  for (const [k, [name, country, region, population, flags]] of best) {
    const o = TOWN_OVERRIDES[`${country}:${name}`];
    const facts = {
      name: o?.name ?? name,
      population,
      capital: (flags & TOWN_CAPITAL) !== 0,
      regionSeat: (flags & TOWN_REGION_SEAT) !== 0,
      namesakes: namesakes.get(k) ?? 1,
    };
    const base = {
      name,
      kind: 'city' as const,
      country: countryName.get(country) ?? country,
      ...(region ? { region: regionName.get(region) ?? region } : {}),
      population,
    };
    // an alias that is a word or a name makes the town need context too
    const level = townAmbiguity(facts, words);
    const wordy = (o?.aliases ?? []).some((a) => isWordLike(a, words, false));
    towns.push(entry(base, [], level === 'none' && wordy ? 'minor' : level, o));
  }
  return { countries: countries.filter(keep), regions: regions.filter(keep), towns: towns.filter(keep) };
}
