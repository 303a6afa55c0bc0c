// Token-level matching helpers: phrase tables against folded tokens, connectors, capitalised words.
import type { Token } from './types';
import { NAME_CONNECTORS } from './model/extra-words';
import { fold } from './text';

const CONNECTORS = NAME_CONNECTORS.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);

/** Longest phrase of `table` starting at token i (before `end`), as { len, value }. */
export function matchAt<T>(
  table: { get(first: string, second?: string): readonly { words: string[]; value: T }[] | undefined },
  toks: Token[],
  i: number,
  end: number,
): { len: number; value: T } | null {
  const first = toks[i];
  if (!first || i >= end) return null;
  // a Map ignores the second word; the gazetteer's tables use it to narrow the rows
  const cands = table.get(first.f, i + 1 < end ? toks[i + 1]?.f : undefined);
  if (!cands) return null;
  for (const c of cands) {
    if (i + c.words.length > end) continue;
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      if (toks[i + k]?.f !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { len: c.words.length, value: c.value };
  }
  return null;
}

/** Length of the name connector ("de", "de la", "para el", "of the") at token i, else 0. */
export function connectorAt(toks: Token[], i: number, end: number): number {
  for (const c of CONNECTORS) {
    if (i + c.length > end) continue;
    let ok = true;
    for (let k = 0; k < c.length; k++) {
      const t = toks[i + k];
      if (!t || t.f !== c[k] || t.cap) {
        ok = false;
        break;
      }
    }
    if (ok) return c.length;
  }
  return 0;
}

/** The text of tokens [from, to) as written in the document. */
export function spanText(text: string, toks: Token[], from: number, to: number): string {
  const a = toks[from];
  const b = toks[to - 1];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** Is token i one of these folded words? */
export function isWord(toks: Token[], i: number, ...words: string[]): boolean {
  const t = toks[i];
  return !!t && words.includes(t.f);
}

export { fold };
