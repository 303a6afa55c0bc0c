// The final text: the headline first (as extraction expects), then the rest in reading order.
import type { DeclaredMetadata } from './formats/types';
import type { DocumentMetadata } from './metadata';

/**
 * Puts the headline first: a declared title (and subtitle) is prepended unless the text already
 * opens with it; a headline read below the dateline is moved above it.
 */
export function composeParagraphs(
  paragraphs: readonly string[],
  meta: DocumentMetadata,
  declared: DeclaredMetadata,
): string[] {
  if (declared.title) {
    const head = [declared.title, declared.subtitle]
      .filter((p): p is string => Boolean(p))
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => !paragraphs.slice(0, 3).some((q) => sameText(p, q)));
    return [...head, ...paragraphs];
  }
  if (meta.headline !== null && meta.headline > 0) {
    const rest = paragraphs.filter((_, i) => i !== meta.headline);
    return [paragraphs[meta.headline]!, ...rest];
  }
  return [...paragraphs];
}

function sameText(a: string, b: string): boolean {
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}
