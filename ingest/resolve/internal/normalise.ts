// Text helpers of resolution besides the name keys (ingest/name-keys): slugs, accents counted, capitals, dates, runs.

/** "Instituto Mexicano del Seguro Social" -> "instituto-mexicano-del-seguro-social" (shared with curation). */
export { slugify } from '../../../model/ids';

/** Counts letters with diacritics: a tie-break that prefers "Calderón" over "Calderon". */
export function diacriticCount(text: string): number {
  return text.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
}

/** True for text written all in capitals (a headline), which is a poor canonical name. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Days between two ISO dates, or null when either is missing or unreadable. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b) return null;
  const left = Date.parse(a);
  const right = Date.parse(b);
  if (Number.isNaN(left) || Number.isNaN(right)) return null;
  return Math.abs(left - right) / 86_400_000;
}

/** True when `needle` occurs as a contiguous run inside `haystack`. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}
