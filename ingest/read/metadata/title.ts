// The headline: the first substantial paragraph that is not the dateline, when it is short enough to be one.

// A headline has at least this many words and characters ...
const MIN_WORDS = 2;
const MIN_CHARS = 10;
// ... and at most this many words; a longer first paragraph is body text (no headline).
const MAX_WORDS = 45;
// The headline is looked for among the first paragraphs only.
const HEADLINE_ZONE = 6;

/** Index of the headline paragraph, or null. `skip` holds indexes that cannot be it (the dateline). */
export function findHeadline(paragraphs: readonly string[], skip: ReadonlySet<number>): number | null {
  const zone = Math.min(paragraphs.length, HEADLINE_ZONE);
  for (let index = 0; index < zone; index += 1) {
    if (skip.has(index)) continue;
    const text = paragraphs[index] ?? '';
    const words = text.split(' ').length;
    if (words < MIN_WORDS || text.length < MIN_CHARS) continue;
    return words <= MAX_WORDS ? index : null;
  }
  return null;
}
