// Brings a document to a drawn length by interleaving its fact paragraphs with quotes and institutional filler.
import type { Random } from './random';
import type { Slots } from './template';
import { capitalize, countWords, fill } from './template';

/** Word range every document falls in: the length of real press releases. */
export const MIN_WORDS = 350;
export const MAX_WORDS = 550;

/**
 * Paragraphs in reading order: the `core` ones first (lead, signing, witnesses), quotes after them,
 * and filler (drawn from `fillers`, at most once each) at random places after the second paragraph.
 * `overhead` counts the words written outside these paragraphs (headline, dateline).
 */
export function fillToLength(
  rng: Random,
  core: readonly string[],
  quotes: readonly string[],
  fillers: readonly string[],
  slots: Slots,
  overhead: number,
): string[] {
  const target = rng.int(MIN_WORDS + 25, MAX_WORDS - 40);
  const paragraphs = [...core];
  const insert = (p: string, from: number): void => {
    paragraphs.splice(rng.int(Math.min(from, paragraphs.length), paragraphs.length), 0, p);
  };
  // Quotes name their speakers by surname: they come after every paragraph that introduces someone.
  for (const q of quotes) insert(q, core.length);
  let words = paragraphs.reduce((n, p) => n + countWords(p), overhead);
  let current: string[] = [];
  let size = rng.int(2, 4);
  for (const template of rng.sample(fillers, fillers.length)) {
    if (words >= target) break;
    const sentence = capitalize(fill(template, slots));
    const n = countWords(sentence);
    if (words + n > MAX_WORDS - 15) continue;
    current.push(sentence);
    words += n;
    if (current.length >= size) {
      insert(current.join(' '), 2);
      current = [];
      size = rng.int(2, 4);
    }
  }
  if (current.length > 0) insert(current.join(' '), 2);
  return paragraphs;
}
