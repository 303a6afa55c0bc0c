// Which sentences a fact cites. A rule reads a fact in one sentence, but its parts may be named in
// others: a post here and the name it belongs to there, a signer in one sentence and the body they
// sign for in the next, an event named in the lead and its attendees listed below. The evidence is
// the rule's sentences, then, for each endpoint none of them names, the nearest sentence that does
// (a body sentence before a headline); a fact read only in a headline also cites the nearest body
// sentence naming all its parts, and a headline is dropped once one body sentence names all it names.
// An agreement is "named" by the sentences that tell of its signing (its draft's clauses), so that a
// witness in a sentence of their own also cites the sentence telling of the agreement they witnessed.
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
  for (const d of w.agreements) {
    // Its clauses in the body tell of it; a headline's only when the body has none.
    const body = d.sents.filter((x) => !isHeadline(w, x));
    if (d.key) out.set(d.key, { named: sorted(body.length ? body : d.sents), any: sorted(d.sents) });
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
  const ends = [from, to];
  const chosen = [...new Set(stated)].filter((s) => w.sentences[s]);
  const anchor = chosen.find((s) => !isHeadline(w, s)) ?? chosen[0] ?? 0;
  // A sentence that names the endpoint shows it; a post or a pointer back only when nothing names it.
  const where = (e: Entity) => {
    const m = sents.get(e.key);
    return m?.named.length ? m.named : (m?.any ?? []);
  };
  const names = (s: number, e: Entity) => where(e).includes(s);
  const mentions = (s: number, e: Entity) => names(s, e) || (sents.get(e.key)?.any ?? []).includes(s);
  // A fact read only in a headline: the nearest body sentence naming all its parts states it too.
  if (chosen.every((s) => isHeadline(w, s))) {
    const whole = where(from).filter((s) => !isHeadline(w, s) && names(s, to));
    const s = nearest(w, whole, anchor);
    if (s !== undefined) chosen.push(s);
  }
  const added: number[] = [];
  for (const e of ends) {
    if ([...chosen, ...added].some((s) => names(s, e))) continue;
    const s = nearest(w, where(e), anchor);
    if (s !== undefined) added.push(s);
  }
  chosen.push(...added.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || a - b));
  // A headline goes once one body sentence names all it names, if the body names a part other than
  // the agreement (an agreement alone is told by its signing verb, not named).
  const body = chosen.filter((s) => !isHeadline(w, s));
  if (!body.some((b) => ends.some((e) => e.label !== 'Agreement' && names(b, e)))) return chosen;
  const covered = (h: number) => body.some((b) => ends.every((e) => !mentions(h, e) || names(b, e)));
  return chosen.filter((s) => !isHeadline(w, s) || !covered(s));
}
