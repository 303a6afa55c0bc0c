// The part-of-speech taggers, each loaded when a text of its language first needs it and from its
// single-file CommonJS build: compromise's ES module entry is some 300 files, and a worker that reads
// only Spanish need not load the English tagger at all (each costs a worker 0.4-1 s to load).
import { createRequire } from 'node:module';
import type { Lang } from './types';

const load = createRequire(import.meta.url);
const PACKAGES: Record<Lang, string> = { en: 'compromise', es: 'es-compromise' };
const loaded = new Map<Lang, unknown>();

/** The tagger of `lang`, untyped: es-compromise's types do not compile under this project's settings, so
 * each caller reads it through the shape it needs. */
export function taggerOf(lang: Lang): unknown {
  let nlp = loaded.get(lang);
  if (nlp === undefined) loaded.set(lang, (nlp = load(PACKAGES[lang])));
  return nlp;
}
