// Mentions by the token they start at, end at, or cover: the look-ups the post and agreement steps make
// for every token. A scan of every mention per token made a long document cost the square of its length;
// these answer in constant time. The index is part of the work (`w.mentionIndex`), made by
// `indexMentions` once the mentions are known and again by a step that adds some; a look-up in an index
// older than the list is an error, not a silent scan.
import type { Mention, Work } from './types';

export interface MentionIndex {
  source: Mention[];
  length: number;
  from: Map<number, Mention[]>;
  to: Map<number, Mention[]>;
  covering: Map<number, Mention[]>;
  bySentence: Map<number, Mention[]>;
  position: Map<Mention, number>;
}

const EMPTY: readonly Mention[] = [];

function add(map: Map<number, Mention[]>, key: number, mention: Mention): void {
  const list = map.get(key);
  if (list) list.push(mention);
  else map.set(key, [mention]);
}

/** Indexes the mentions of `w` as they are now, for the look-ups below (call again after adding mentions). */
export function indexMentions(w: Work): void {
  const index: MentionIndex = {
    source: w.mentions,
    length: w.mentions.length,
    from: new Map(),
    to: new Map(),
    covering: new Map(),
    bySentence: new Map(),
    position: new Map(),
  };
  for (const [n, m] of w.mentions.entries()) {
    index.position.set(m, n);
    add(index.bySentence, m.sent, m);
    add(index.from, m.from, m);
    add(index.to, m.to, m);
    for (let k = m.from; k < m.to; k++) add(index.covering, k, m);
  }
  w.mentionIndex = index;
}

function indexOf(w: Work): MentionIndex {
  const index = w.mentionIndex;
  if (!index) throw new Error('mention-index: the mentions were never indexed (call indexMentions(w) first)');
  if (index.source !== w.mentions || index.length !== w.mentions.length)
    throw new Error(
      `mention-index: the index holds ${index.length} mentions, the work ${w.mentions.length}: ` +
        'call indexMentions(w) after adding or replacing mentions',
    );
  return index;
}

/** Mentions starting at token `i`, in the order of `w.mentions`. */
export function mentionsFrom(w: Work, i: number): readonly Mention[] {
  return indexOf(w).from.get(i) ?? EMPTY;
}

/** Mentions ending just before token `i` (`m.to === i`). */
export function mentionsTo(w: Work, i: number): readonly Mention[] {
  return indexOf(w).to.get(i) ?? EMPTY;
}

/** Mentions that hold token `k` (`m.from <= k < m.to`). */
export function mentionsCovering(w: Work, k: number): readonly Mention[] {
  return indexOf(w).covering.get(k) ?? EMPTY;
}

/** Mentions of sentence `sent` (by their `sent` field), in the order of `w.mentions`. */
export function mentionsOfSentence(w: Work, sent: number): readonly Mention[] {
  return indexOf(w).bySentence.get(sent) ?? EMPTY;
}

/** Mentions lying within tokens [from, to), in the order of `w.mentions`. */
export function mentionsWithin(w: Work, from: number, to: number): Mention[] {
  const index = indexOf(w);
  const out: Mention[] = [];
  for (let k = from; k < to; k++) for (const m of index.from.get(k) ?? EMPTY) if (m.to <= to) out.push(m);
  return out.sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/** Mentions ending just before a token in [from, to] (`from <= m.to <= to`), in the order of `w.mentions`. */
export function mentionsEndingIn(w: Work, from: number, to: number): Mention[] {
  const index = indexOf(w);
  const out: Mention[] = [];
  for (let k = from; k <= to; k++) out.push(...(index.to.get(k) ?? EMPTY));
  return out.sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/** Mentions starting at a token in [from, to] (`from <= m.from <= to`), in the order of `w.mentions`. */
export function mentionsStartingIn(w: Work, from: number, to: number): Mention[] {
  const index = indexOf(w);
  const out: Mention[] = [];
  for (let k = from; k <= to; k++) out.push(...(index.from.get(k) ?? EMPTY));
  return out.sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}
