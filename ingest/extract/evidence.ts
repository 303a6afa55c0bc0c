// Which sentences a fact cites. A rule reads a fact in one sentence, but its parts may be named in
// others: a post here and the name it belongs to there, a signer in one sentence and the body they
// sign for in the next, an event named in the lead and its attendees listed below. The evidence is
// the rule's sentences, then, for each endpoint none of them names, the nearest sentence that does
// (a body sentence before a headline); a headline that names no endpoint is dropped once a body
// sentence names one. Agreements are no endpoint here: they are named by the facts around them.
import type { Entity, Work } from './types';

/** Sentences where each entity is named (by a name of its own label, not a post or a pointer back),
 * and where it is mentioned at all, in text order; built once per document. */
export type MentionSentences = Map<string, { named: number[]; any: number[] }>;

export function mentionSentences(w: Work): MentionSentences {
  const out: MentionSentences = new Map();
  const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  for (const e of w.entities.values()) {
    const named = e.mentions.filter((m) => m.label === e.label && !m.anaphor).map((m) => m.sent);
    out.set(e.key, { named: sorted(named), any: sorted(e.mentions.map((m) => m.sent)) });
  }
  return out;
}

/** A headline: the first line (the title) or a line in capitals. */
function isHeadline(w: Work, sent: number): boolean {
  return sent === 0 || Boolean(w.sentences[sent]?.caps);
}

/** The nearest of `sents` to `anchor`, body sentences before headlines, the earlier on a tie. */
function nearest(w: Work, sents: readonly number[], anchor: number): number | undefined {
  let best: number | undefined;
  const rank = (s: number) => [isHeadline(w, s) ? 1 : 0, Math.abs(s - anchor), s] as const;
  for (const s of sents) {
    if (best === undefined) best = s;
    else {
      const [h, d, i] = rank(s);
      const [bh, bd, bi] = rank(best);
      if (h < bh || (h === bh && (d < bd || (d === bd && i < bi)))) best = s;
    }
  }
  return best;
}

/**
 * The sentences that show a fact between `from` and `to`, given the sentences its rules read it in.
 *
 * @example
 *   // "La rectora firmó el convenio." (1) after "Ana Ruiz es rectora de la Universidad de Lota." (0)
 *   factEvidence(w, sents, personAna, agreement, [1]) // -> [1, 0]
 */
export function factEvidence(
  w: Work,
  sents: MentionSentences,
  from: Entity,
  to: Entity,
  stated: readonly number[],
): number[] {
  const chosen = [...new Set(stated)].filter((s) => w.sentences[s]);
  const anchor = chosen.find((s) => !isHeadline(w, s)) ?? chosen[0] ?? 0;
  const ends = [from, to].filter((e) => e.label !== 'Agreement');
  // A sentence that names the endpoint shows it; a post or a pointer back only when nothing names it.
  const where = (e: Entity) => {
    const m = sents.get(e.key);
    return m?.named.length ? m.named : (m?.any ?? []);
  };
  const names = (s: number, e: Entity) => where(e).includes(s);
  for (const e of ends) {
    if (chosen.some((s) => names(s, e))) continue;
    const s = nearest(w, where(e), anchor);
    if (s !== undefined) chosen.push(s);
  }
  const namesSome = (s: number) => ends.some((e) => names(s, e));
  if (chosen.some((s) => !isHeadline(w, s) && namesSome(s)))
    return chosen.filter((s) => !isHeadline(w, s) || namesSome(s));
  return chosen;
}
