// Relation rules on the engine, sentence by sentence: the sentence as the rule tables read it, the mentions
// found by the earlier steps as slots ({Person}, {Institution}, {Event}), the table run in priority
// order. Each hit comes back with the mentions of its groups, so that a step reads entities, not tokens.
import type { Rule, RuleHit, RuleSet, Span } from '../../../../engine';
import type { FactExpect } from '../../../../lang';
import type { Mention, RuleTrace, Sentence, Work } from '../../types';
import { mentionsWithin } from '../../mention-index';
import { compileRules, fold, runRules, slotIndex, useLexicon } from '../../../../engine';
import { PACKS } from '../../../../lang';
import { taggedSentence } from '../../tagged-sentence';

export interface SentenceHit<E> {
  hit: RuleHit<E, FactExpect>;
  sentence: Sentence;
  /** The mentions of `label` inside group `group` (none when the rule has no such group), in text order. */
  within: (group: string | undefined, label: string) => Span[];
  /** The matched text of group `group`, as written. */
  text: (group: string | undefined) => string | undefined;
}

const COMPILED = new WeakMap<readonly Rule<unknown, FactExpect>[], RuleSet<unknown, FactExpect>>();

function compiled<E>(rules: readonly Rule<E, FactExpect>[]): RuleSet<E, FactExpect> {
  let set = COMPILED.get(rules);
  if (!set) {
    set = compileRules(rules);
    COMPILED.set(rules, set);
  }
  return set as RuleSet<E, FactExpect>;
}

/** A mention as a slot: people only as names (no "el titular" reference), institutions also by their generic head. */
function spanOf(w: Work, m: Mention, labels: readonly string[]): Span[] {
  if (!m.key || m.nested || !labels.includes(m.label)) return [];
  if (m.label === 'Person' && m.anaphor) return [];
  const a = w.tokens[m.from];
  const b = w.tokens[m.to - 1];
  return a && b ? [{ label: m.label, start: a.start, end: b.end, key: m.key }] : [];
}

/**
 * Runs a language's table over the sentences that hold one of its cue words and a mention of each
 * label in `needs`, with mentions of `labels` as slots; the trace of every hit is added to `trace`.
 */
export function runSentenceRules<E>(
  w: Work,
  rules: readonly Rule<E, FactExpect>[],
  cue: RegExp,
  labels: readonly string[],
  needs: readonly string[],
  trace: RuleTrace[],
): SentenceHit<E>[] {
  if (!rules.length) return [];
  const pack = PACKS[w.lang];
  useLexicon(w.lang, pack.lexicon);
  const set = compiled(rules);
  const out: SentenceHit<E>[] = [];
  for (const s of w.sentences) {
    // tagging is the dear part: only sentences with a cue word are tagged
    if (s.caps) continue;
    const spans = mentionsWithin(w, s.tokStart, s.tokEnd).flatMap((m) => spanOf(w, m, labels));
    if (!needs.every((l) => spans.some((x) => x.label === l)) || !cue.test(fold(s.text))) continue;
    const tagged = taggedSentence(w, s);
    const index = slotIndex(tagged, spans);
    const ctx = { toks: tagged.tokens, preds: pack.predicates, slots: index.slots, inside: index.inside };
    for (const hit of runRules(set, ctx, 0, tagged.tokens.length)) {
      const start = tagged.tokens[hit.from]!.start;
      const end = tagged.tokens[hit.to - 1]!.end;
      trace.push({ reason: hit.rule.reason, start, end, sent: s.index });
      const group = (g: string | undefined) => (g ? hit.groups[g] : undefined);
      out.push({
        hit,
        sentence: s,
        within: (g, label) => {
          const r = group(g);
          return r ? index.within(label, r[0], r[1]) : [];
        },
        text: (g) => {
          const r = group(g);
          return r && r[1] > r[0]
            ? w.text.slice(tagged.tokens[r[0]]!.start, tagged.tokens[r[1] - 1]!.end)
            : undefined;
        },
      });
    }
  }
  return out;
}
