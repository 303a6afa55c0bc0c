// Step 6g: "respectivamente", "respectively": a list of people, then a list of bodies in the same order.
// "firmado por A y B, rectora y presidente de la universidad y de la cámara, respectivamente" gives A the
// university and B the chamber, and takes back the posts the readers before gave them there.
import type { Mention, Work } from '../../types';
import { mentionsOfSentence } from '../../mention-index';
import { RULES } from '../../model/rules';

const JOINS = new Set([',', 'y', 'e', 'and', '&']);

/** The last run of people joined only by commas and conjunctions, ending before token `before`. */
function lastPeople(w: Work, ms: readonly Mention[], before: number): Mention[] {
  const people = ms.filter((m) => m.label === 'Person' && m.to <= before);
  const run: Mention[] = [];
  for (let n = people.length - 1; n >= 0; n--) {
    const p = people[n]!;
    const next = run[0];
    if (next && !w.tokens.slice(p.to, next.from).every((t) => JOINS.has(t.f))) break;
    run.unshift(p);
  }
  return run;
}

export function respectively(w: Work): void {
  for (const s of w.sentences) {
    let cue = -1;
    for (let k = s.tokStart; k < s.tokEnd; k++)
      if (w.tokens[k]!.f === 'respectivamente' || w.tokens[k]!.f === 'respectively') cue = k;
    if (cue < 0) continue;
    const ms = mentionsOfSentence(w, s.index).filter((m) => m.key && !m.nested && m.to <= cue);
    const lastPerson = ms.filter((m) => m.label === 'Person').at(-1);
    if (!lastPerson) continue;
    const bodies = ms.filter((m) => m.label === 'Institution' && m.from >= lastPerson.to);
    const people = lastPeople(w, ms, lastPerson.to);
    const keys = new Set(bodies.map((b) => b.key));
    if (people.length < 2 || bodies.length !== people.length || keys.size !== bodies.length) continue;
    const who = new Set(people.map((p) => p.key));
    // the pairs replace what the other readers made of this sentence for these people and bodies
    w.facts = w.facts.filter(
      (f) => !(f.type === 'HOLDS_ROLE' && f.sent === s.index && who.has(f.from) && keys.has(f.to)),
    );
    people.forEach((p, n) =>
      w.facts.push({
        type: 'HOLDS_ROLE',
        from: p.key!,
        to: bodies[n]!.key!,
        rule: RULES.respectively.reason,
        sent: s.index,
      }),
    );
  }
}
