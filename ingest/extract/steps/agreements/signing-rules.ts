// Step 7a: signers, witnesses and attendees by rule (lang/<lang>/signing.ts), on the engine: the
// text tagged by compromise, the people found by step 4 as {Person} slots, the rules run sentence by
// sentence in priority order. Step 7b reads what they found: who witnessed (and by which rule), who
// signed where no subject says so, who only attended, and which signing words state no signing (denied, future, intended).
import type { RuleSet } from '../../../../engine';
import type { FactExpect, SigningEmit } from '../../../../lang';
import type { Mention, SigningReading, Work } from '../../types';
import { mentionsWithin } from '../../mention-index';
import { compileRules, fold, runRules, slotIndex, useLexicon } from '../../../../engine';
import { PACKS } from '../../../../lang';
import { taggedSentence } from '../../tagged-sentence';

const SETS = new Map<string, RuleSet<SigningEmit, FactExpect>>();

function ruleSet(lang: Work['lang']): RuleSet<SigningEmit, FactExpect> {
  let set = SETS.get(lang);
  if (!set) {
    useLexicon(lang, PACKS[lang].lexicon);
    set = compileRules(PACKS[lang].signing);
    SETS.set(lang, set);
  }
  return set;
}

export function readSigning(w: Work): SigningReading {
  const pack = PACKS[w.lang];
  const set = ruleSet(w.lang);
  // a person as a slot of the rules: the span of the name, the entity it names
  const personSpan = (m: Mention) =>
    m.label === 'Person' && m.key && !m.nested && w.tokens[m.from] && w.tokens[m.to - 1]
      ? [{ label: 'Person', start: w.tokens[m.from]!.start, end: w.tokens[m.to - 1]!.end, key: m.key }]
      : [];
  const out: SigningReading = {
    witnesses: [],
    signers: [],
    attendees: [],
    blocked: [],
    backing: [],
    hits: [],
  };
  for (const s of w.sentences) {
    // only sentences with a word some rule needs are read, each on its own, on the tokens step 2 made;
    // each word carries the tags it has alone (the rules test a word's own: a verb, its tense)
    if (!pack.signingCue.test(fold(s.text))) continue;
    const tagged = taggedSentence(w, s);
    // the people of this sentence only: a name lies within the sentence's tokens exactly when its
    // characters lie within the sentence's
    const index = slotIndex(tagged, mentionsWithin(w, s.tokStart, s.tokEnd).flatMap(personSpan));
    const ctx = { toks: tagged.tokens, preds: pack.predicates, slots: index.slots, inside: index.inside };
    for (const h of runRules(set, ctx, 0, tagged.tokens.length)) {
      const start = tagged.tokens[h.from]!.start;
      const end = tagged.tokens[h.to - 1]!.end;
      const { emit, reason } = h.rule;
      out.hits.push({ reason, start, end, sent: s.index });
      if (emit.as === 'not-signed') {
        out.blocked.push([start, end]);
        continue;
      }
      const g = h.groups[emit.who];
      if (!g) continue;
      if (emit.as === 'not-party') {
        const span = { start: tagged.tokens[g[0]]!.start, end: tagged.tokens[g[1] - 1]!.end };
        out.backing.push({ ...span, sent: s.index, reason });
        continue;
      }
      let people = index.within('Person', g[0], g[1]);
      if (emit.as === 'witness' && emit.pick === 'last') people = people.slice(-1);
      const list = emit.as === 'witness' ? out.witnesses : emit.as === 'signer' ? out.signers : out.attendees;
      for (const p of people) list.push({ key: p.key, reason, sent: s.index, start, end });
    }
  }
  return out;
}
