// The gazetteer's entries in one generated JSON file, so that every extraction worker loads them in
// tens of milliseconds instead of reading the packages and judging 130,000 names. The file is derived
// at first use (or by `npm run gazetteer:build`) and keyed by the package versions and a hash of the
// code and lexicons that derive it: a change to either derives it again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './build';
import { readSources, sourceVersions } from './source';
import { townLine } from './town-lines';
import type { Gazetteer, GazetteerEntry } from './types';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const CACHE_DIR = process.env.ENLACE_GAZETTEER_CACHE ?? join(ROOT, 'node_modules', '.cache', 'enlace');

/** The files whose content decides the entries: this folder's code and the lexicons the rules read. */
function inputsHash(): string {
  const hash = createHash('sha1');
  const lexicon = join(HERE, '..', 'lexicon');
  for (const dir of [HERE, lexicon])
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.ts')) hash.update(readFileSync(join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

export const cachePath = (): string => join(CACHE_DIR, 'gazetteer.json');

interface CacheFile {
  key: string;
  countries: readonly GazetteerEntry[];
  regions: readonly GazetteerEntry[];
  /** The towns that need no context; the others are in the towns file, read on demand. */
  towns: readonly GazetteerEntry[];
}

const townsPath = (path: string): string => path.replace(/\.json$/, '-towns.tsv');

function readCache(path: string, key: string): Gazetteer | null {
  if (!existsSync(path) || !existsSync(townsPath(path))) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    const text = readFileSync(townsPath(path), 'utf8');
    if (data.key !== key || !text.startsWith(`${key}\n`)) return null;
    return { countries: data.countries, regions: data.regions, towns: data.towns, otherTowns: text };
  } catch {
    return null; // a half-written or foreign file: derive it again
  }
}

/** Derive the entries from the packages and write them where every worker finds them. */
export function buildCache(path = cachePath(), key = `${sourceVersions()} ${inputsHash()}`): Gazetteer {
  const built = buildGazetteer(readSources());
  const known = built.towns.filter((t) => !t.ambiguous);
  const text = `${key}\n${built.towns
    .filter((t) => t.ambiguous)
    .map(townLine)
    .join('')}`;
  // write then rename, so a worker starting meanwhile never reads half a file
  const write = (file: string, content: string) => {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  };
  try {
    mkdirSync(dirname(path), { recursive: true });
    write(townsPath(path), text);
    write(path, JSON.stringify({ key, countries: built.countries, regions: built.regions, towns: known }));
  } catch (err) {
    // a read-only install still extracts; it only derives the entries again next time
    process.emitWarning(`gazetteer cache not written to ${path}: ${(err as Error).message}`);
  }
  return { countries: built.countries, regions: built.regions, towns: known, otherTowns: text };
}

export function loadGazetteer(): Gazetteer {
  const path = cachePath();
  const key = `${sourceVersions()} ${inputsHash()}`;
  return readCache(path, key) ?? buildCache(path, key);
}
