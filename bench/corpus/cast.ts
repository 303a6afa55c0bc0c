// The cast of one document: its setting (country, region, city, date), institutions and people, drawn from the lexicons.
import type { InstitutionKind, PlaceKind } from '../../model';
import type { Random } from './random';
import type { Country, Region } from './lexicon/places';
import type { InstitutionPattern, Post } from './lexicon/institutions';
import { ADJECTIVES, AREAS, CAUSES, FIELDS, NGO_NAMES, PROFESSIONS } from './lexicon/institutions';
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from './lexicon/people';
import { COUNTRIES } from './lexicon/places';

export type Lang = 'es' | 'en';
export type Gender = 'm' | 'f';

export interface CastPlace {
  key: string;
  name: string;
  kind: PlaceKind;
}

export interface Setting {
  country: Country;
  region: Region;
  city: string;
  /** Calendar date of the dateline. */
  date: { year: number; month: number; day: number };
}

export interface CastInstitution {
  key: string;
  name: string;
  acronym: string | null;
  gender: Gender;
  kind: InstitutionKind;
  head: string;
  posts: readonly Post[];
  /** Places written inside the name ("Universidad Autónoma de Coahuila" holds Coahuila). */
  places: CastPlace[];
  /** The institution written inside the name, which this one is part of. */
  parent: { key: string; name: string } | null;
}

export interface CastPerson {
  key: string;
  given: string[];
  surnames: string[];
  gender: Gender;
  honorific: string | null;
  /** The post as written, in the person's gender. */
  post: string;
  institution: CastInstitution;
}

const STOPWORDS = new Set([
  'de',
  'del',
  'la',
  'las',
  'el',
  'los',
  'y',
  'e',
  'en',
  'para',
  'of',
  'the',
  'for',
  'and',
  'on',
]);

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Initials of the significant words: "Universidad Autónoma de Nuevo León" -> "UANL". */
export function acronymOf(name: string): string {
  return name
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOPWORDS.has(w.toLowerCase()))
    .map((w) => w.normalize('NFD').charAt(0).toUpperCase())
    .join('');
}

export function placeKey(name: string): string {
  return `place-${slug(name)}`;
}

export function countryName(country: Country, lang: Lang): string {
  return lang === 'en' ? (country.en ?? country.name) : country.name;
}

export function drawSetting(rng: Random): Setting {
  const country = rng.pick(COUNTRIES);
  const region = rng.pick(country.regions);
  const year = rng.int(2010, 2024);
  const month = rng.int(1, 12);
  return { country, region, city: rng.pick(region.cities), date: { year, month, day: rng.int(1, 28) } };
}

/**
 * One institution from the patterns, placed in (or near) the setting. `taken` holds the names and
 * acronyms already used in the document, so that no two institutions share either.
 */
export function drawInstitution(
  rng: Random,
  patterns: readonly InstitutionPattern[],
  setting: Setting,
  lang: Lang,
  taken: Set<string>,
): CastInstitution {
  for (let attempt = 0; attempt < 50; attempt++) {
    const p = rng.pick(patterns);
    const places: CastPlace[] = [];
    const region = rng.chance(0.6) ? setting.region : rng.pick(setting.country.regions);
    const city = rng.chance(0.5) ? setting.city : rng.pick(region.cities);
    const country = rng.chance(0.7) ? setting.country : rng.pick(COUNTRIES);
    const adjective = rng.pick(ADJECTIVES);
    const field = rng.pick(FIELDS);
    const area = rng.pick(AREAS);
    const values: Record<string, () => string> = {
      field: () => field[lang],
      area: () => area[lang],
      adj: () => (lang === 'en' ? adjective.en : adjective[p.gender]),
      cause: () => rng.pick(CAUSES),
      profession: () => rng.pick(PROFESSIONS),
      ngo: () => rng.pick(NGO_NAMES),
      region: () => place(places, region.name, 'state'),
      city: () => place(places, city, 'city'),
      country: () => place(places, countryName(country, lang), 'country'),
    };
    // Each slot is drawn once, so a parent pattern ("Gobierno de {region}") repeats the child's values.
    const drawn = new Map<string, string>();
    const expand = (pattern: string): string =>
      pattern.replace(/\{(\w+)\}/g, (_m, slot: string) => {
        const value = values[slot];
        if (!value) throw new Error(`corpus institution pattern "${pattern}": unknown slot {${slot}}`);
        if (!drawn.has(slot)) drawn.set(slot, value());
        return drawn.get(slot) ?? '';
      });
    const name = expand(p.pattern);
    const parentName = p.parent ? expand(p.parent) : null;
    const acronym = p.acronym ? acronymOf(name) : null;
    // No name inside another ("Gobierno de X" in "Secretaría de Salud del Gobierno de X"): that is another fact (PART_OF).
    const overlaps = [...taken].some((t) => t.includes(name) || name.includes(t));
    if (overlaps || (acronym !== null && (acronym.length < 2 || taken.has(acronym)))) continue;
    taken.add(name);
    if (acronym) taken.add(acronym);
    return {
      key: slug(name),
      name,
      acronym,
      gender: p.gender,
      kind: p.kind,
      head: p.head,
      posts: p.posts,
      places,
      parent: parentName ? { key: slug(parentName), name: parentName } : null,
    };
  }
  throw new Error('corpus: could not draw a distinct institution in 50 attempts');
}

function place(places: CastPlace[], name: string, kind: PlaceKind): string {
  places.push({ key: placeKey(name), name, kind });
  return name;
}

/**
 * A person who holds a post in `institution`. Surnames are unique within the document (`usedSurnames`),
 * so that a surname-only mention always points to one person.
 */
export function drawPerson(
  rng: Random,
  institution: CastInstitution,
  honorifics: { readonly f: readonly (string | null)[]; readonly m: readonly (string | null)[] },
  usedSurnames: Set<string>,
  post?: Post,
): CastPerson {
  const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
  const pool = gender === 'f' ? GIVEN_FEMALE : GIVEN_MALE;
  const given = rng.sample(pool, rng.chance(0.4) ? 2 : 1);
  // Some write the second given name as an initial ("Luis A. Lucero").
  if (given.length === 2 && rng.chance(0.15)) given[1] = `${given[1]?.charAt(0) ?? 'A'}.`;
  const free = SURNAMES.filter((s) => !usedSurnames.has(s));
  const surnames = rng.sample(free, rng.chance(0.85) ? 2 : 1);
  for (const s of surnames) usedSurnames.add(s);
  const chosen = post ?? rng.pick(institution.posts);
  const full = `${given.join(' ')} ${surnames.join(' ')}`;
  return {
    key: `person-${slug(full)}`,
    given,
    surnames,
    gender,
    honorific: rng.pick(honorifics[gender]),
    post: chosen[gender],
    institution,
  };
}

export function fullName(p: CastPerson): string {
  return `${p.given.join(' ')} ${p.surnames.join(' ')}`;
}
