// The part-of-speech taggers, each loaded from its single-file CommonJS build (compromise's ES module
// entry is some 300 files, half a second more to load) when first needed: a command that tags nothing
// (`enlace query`) never loads them.
import { createRequire } from 'node:module';
import type { Lang } from './types';

const load = createRequire(import.meta.url);
const PACKAGES: Record<Lang, string> = { en: 'compromise', es: 'es-compromise' };
const loaded = new Map<Lang, unknown>();

/** Loads every tagger now: a worker does so before it takes its first file, so that loading them is not
 * counted in that file's time budget. */
export function loadTaggers(): void {
  for (const lang of Object.keys(PACKAGES) as Lang[]) taggerOf(lang);
}

/** The tagger of `lang`, untyped: es-compromise's types do not compile under this project's settings, so
 * each caller reads it through the shape it needs. */
export function taggerOf(lang: Lang): unknown {
  let nlp = loaded.get(lang);
  if (nlp === undefined) loaded.set(lang, (nlp = load(PACKAGES[lang])));
  return nlp;
}
