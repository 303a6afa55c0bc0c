// Refuses text that is not prose: mostly tokens that are not words (encoded data, dumps, noise).
import { READ_DEFAULTS } from './defaults';
import { ReadError } from './errors';

// Judging the first characters is enough and keeps the check cheap on large files.
const SAMPLE_CHARS = 100_000;
const WORD = /^\p{L}[\p{L}\p{M}'.-]{0,29}$/u;
const NUMBER = /^[\p{N}][\p{N}.,:/%-]*$/u;
const VOWEL = /[aeiouyáéíóúüàèìòùâêîôû]/i;

/** Throws a ReadError ('noise') when too few tokens are words. */
export function assertProse(paragraphs: readonly string[], file: string): void {
  const sample = paragraphs.join(' ').slice(0, SAMPLE_CHARS);
  let words = 0;
  let counted = 0;
  for (const raw of sample.split(' ')) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!token || NUMBER.test(token)) continue; // numbers and punctuation are neither words nor noise
    counted += 1;
    // Words of four letters or more have a vowel: "xkcd qzrt" is not Spanish or English.
    if (WORD.test(token) && (token.length < 4 || VOWEL.test(token))) words += 1;
  }
  if (counted >= READ_DEFAULTS.minTokensForNoise && words < counted * READ_DEFAULTS.minWordShare) {
    const share = Math.round((100 * words) / counted);
    throw new ReadError(
      file,
      'noise',
      `the text is mostly not words (${share}% of ${counted} tokens are words)`,
    );
  }
}
