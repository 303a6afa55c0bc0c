// Text normalisation for comparing names: accent folding, tokens, slugs, acronym keys.

/** "Perú" -> "Peru": removes combining marks after canonical decomposition. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-case word tokens without accents or punctuation: "EE. UU." -> ["ee", "uu"]. */
export function wordTokens(text: string): string[] {
  return foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Tokens with their written case kept (accents folded), for ordinals such as "XXVII". */
export function casedTokens(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

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

/**
 * One-word forms ("IMSS", "Cepal", "U.A.", "IMSS-PROSPERA", "EE. UU.") as an acronym key, else null.
 * Case is folded because the press writes "Cepal" and "CEPAL" for the same body.
 */
export function acronymKey(text: string): string | null {
  const trimmed = foldAccents(text).trim();
  const parts = trimmed.split(/\s+/);
  const short = parts.length === 1 || parts.every((part) => part.replace(/\./g, '').length <= 3);
  const compact = trimmed.replace(/[.\s]/g, '').toLowerCase();
  if (!short || compact.length < 2 || compact.length > 16 || !/^[\p{L}\p{N}&-]+$/u.test(compact)) return null;
  return compact;
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
