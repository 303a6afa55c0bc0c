// Mentions found by other steps, as pattern slots: character spans mapped onto the tagger's tokens.
import type { TaggedText } from './types';
import { tokensIn } from './tagger';
import { range } from './range';

export interface Span {
  label: string;
  start: number;
  end: number;
  /** What the mention names (an entity key), handed back with the hit. */
  key: string;
}

export interface SlotIndex {
  /** End indices of the mentions of `label` that start at token i, longest first. */
  slots: (label: string, i: number) => readonly number[];
  /** Is token i inside a mention of `label`? */
  inside: (label: string, i: number) => boolean;
  /** The spans of `label` whose tokens lie inside [from, to), in text order. */
  within: (label: string, from: number, to: number) => Span[];
}

/** Indexes mention spans by the token they start at. */
export function slotIndex(t: TaggedText, spans: readonly Span[]): SlotIndex {
  const byStart = new Map<string, number[]>();
  const placed: { span: Span; from: number; to: number }[] = [];
  for (const span of spans) {
    const [from, to] = tokensIn(t, span.start, span.end);
    if (to <= from) continue;
    placed.push({ span, from, to });
    const k = `${span.label}|${from}`;
    const ends = byStart.get(k) ?? [];
    if (!ends.includes(to)) ends.push(to);
    ends.sort((a, b) => b - a);
    byStart.set(k, ends);
  }
  placed.sort((a, b) => a.from - b.from);
  const covered = new Set(placed.flatMap((p) => range(p.from, p.to).map((i) => `${p.span.label}|${i}`)));
  return {
    slots: (label, i) => byStart.get(`${label}|${i}`) ?? [],
    inside: (label, i) => covered.has(`${label}|${i}`),
    within: (label, from, to) =>
      placed.filter((p) => p.span.label === label && p.from >= from && p.to <= to).map((p) => p.span),
  };
}
