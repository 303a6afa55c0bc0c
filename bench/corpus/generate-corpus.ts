// The synthetic corpus: seeded, reproducible press releases with their gold, one independent PRNG per document.
import type { GoldDocument } from './gold';
import type { Lang } from './cast';
import type { ComposedDocument } from './compose-es';
import { createRandom, documentSeed } from './random';
import { composeSpanish } from './compose-es';
import { composeEnglish } from './compose-en';
import { MAX_WORDS, MIN_WORDS } from './length';
import type { CorpusFormat } from './formats';
import { wrapAs } from './formats';
import { countWords } from './template';

export interface CorpusOptions {
  seed: number;
  count: number;
  /** Share of English documents (default 0.1). */
  englishShare?: number;
  /** Share of documents where nothing is signed (default 0.15). */
  negativeShare?: number;
}

export interface CorpusDocument {
  file: string;
  text: string;
  gold: GoldDocument;
  lang: Lang;
  negative: boolean;
  /** Plain text mostly; about one in ten is Markdown with front matter or HTML, to exercise the readers. */
  format: CorpusFormat;
  /** Words of the file's text, markup included (each tag glued to a word adds none). */
  words: number;
}

/**
 * `count` documents for `seed`: the same options always give the same documents.
 * @example generateCorpus({ seed: 42, count: 3 }).map((d) => d.file) // ['syn-42-000000.txt', ...]
 */
export function generateCorpus(options: CorpusOptions): CorpusDocument[] {
  return [...corpusDocuments(options)];
}

/** The same documents, one at a time, for callers that write or process them without holding them all. */
export function* corpusDocuments(options: CorpusOptions): Generator<CorpusDocument> {
  checkOptions(options);
  for (let i = 0; i < options.count; i++) yield corpusDocument(options, i);
}

/** Document `index` of the corpus, independent of the others (so a sample is cheap to regenerate). */
export function corpusDocument(options: CorpusOptions, index: number): CorpusDocument {
  const { seed, englishShare = 0.1, negativeShare = 0.15 } = options;
  const rng = createRandom(documentSeed(seed, index));
  const lang: Lang = rng.chance(englishShare) ? 'en' : 'es';
  const negative = rng.chance(negativeShare);
  const roll = rng.next();
  const format: CorpusFormat = roll < 0.05 ? 'md' : roll < 0.1 ? 'html' : 'txt';
  const file = `syn-${seed}-${String(index).padStart(6, '0')}.${format}`;
  const compose = lang === 'en' ? composeEnglish : composeSpanish;
  // A draw can fall outside the word range (many long names, few fillers left): draw again from the same stream.
  for (let attempt = 0; attempt < 20; attempt++) {
    const doc: ComposedDocument = compose(rng, file, negative);
    const text = wrapAs(format, doc.text);
    const words = countWords(text);
    if (words >= MIN_WORDS && words <= MAX_WORDS)
      return { file, lang, negative, format, text, gold: doc.gold, words };
  }
  throw new Error(`corpus ${file}: no draw within ${MIN_WORDS}-${MAX_WORDS} words in 20 attempts`);
}

function checkOptions(o: CorpusOptions): void {
  if (!Number.isInteger(o.seed)) throw new Error(`corpus: seed must be an integer, got ${o.seed}`);
  if (!Number.isInteger(o.count) || o.count < 0)
    throw new Error(`corpus: count must be a non-negative integer, got ${o.count}`);
  for (const [name, v] of [
    ['englishShare', o.englishShare],
    ['negativeShare', o.negativeShare],
  ] as const) {
    if (v !== undefined && !(v >= 0 && v <= 1))
      throw new Error(`corpus: ${name} must be within [0, 1], got ${v}`);
  }
}
