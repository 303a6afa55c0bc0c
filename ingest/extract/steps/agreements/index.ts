// Step 7: agreements. A signing clause is a sentence part with a signing verb or noun ("firmaron",
// "fue signado por", "la firma del convenio", "signed") next to an agreement noun, or an act headed
// by people ("El acto ... fue encabezado por"). Its parties are the institutions of the subject, of
// "con/entre/with", or those the signers stand for; its signers are the people of the subject (or
// the agent of a passive); witnesses are the people next to a witness cue. Clauses about the same
// parties or the same named instrument are one agreement; "tres convenios" speaks of all of them.
// A text where nothing is signed yields no agreement.
import type { Work } from '../../types';
import type { Clause, ClauseIndex } from './clause';
import { readSigning } from './signing-rules';
import { agreementPhrases, anchors } from './phrases';
import { clauseIndex, clauseOf, headedClauses } from './clause';
import { addLoneWitnesses, addSummaries, draftAgreements } from './drafts';
import { finish } from './finish';

/** The signing clauses of each sentence, one per signing word (two words close together are one). */
function signingClauses(w: Work, index: ClauseIndex): Clause[] {
  const clauses: Clause[] = [];
  for (const s of w.sentences) {
    const phrases = agreementPhrases(w, s.tokStart, s.tokEnd);
    const here: Clause[] = [];
    for (const a of anchors(w, s.tokStart, s.tokEnd, phrases)) {
      if (here.some((c) => Math.abs(c.anchor - a) <= 2)) continue;
      here.push(clauseOf(w, index, a, phrases));
    }
    clauses.push(...here);
  }
  return clauses;
}

export function findAgreements(w: Work): void {
  // 7a. signers, witnesses, attendees and denied signings by rule
  w.signing = readSigning(w);
  const index = clauseIndex(w);
  // 7b, 7c. signing clauses; none in the body that names an agreement or a party: nothing was signed
  const clauses = signingClauses(w, index);
  if (!clauses.some((c) => !c.caps && (c.phrase || c.parties.length))) return;
  // 7d. body before headlines, so that headlines join what the body says
  const ordered = [
    ...clauses.filter((c) => !c.caps),
    ...headedClauses(w, index),
    ...clauses.filter((c) => c.caps),
  ];
  const drafting = draftAgreements(ordered);
  addLoneWitnesses(w, index, clauses, drafting);
  addSummaries(drafting.summary, drafting, drafting.index);
  // 7e. parties from the signers' posts, ids, names and facts
  finish(w, drafting);
}
