// Step 6d: the institution a person stands for: "en representación de X", "on behalf of X", "Por parte
// de la Fundación X firmó Y", "Por parte de X, Y, gerente de ...; Z, directora de ...".
import type { Work } from '../../types';
import { isWord } from '../../match';
import { RULES } from '../../model/rules';
import { mentionsFrom, mentionsOfSentence } from '../../mention-index';
import { SIGNING_WORDS } from './words';
import { instAt, stateActor } from './offices';

/** "en representación de X", "on behalf of X", "por parte de X" after a name. */
export function onBehalf(w: Work, roleOnly: Map<string, string>): void {
  const toks = w.tokens;
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd - 2; i++) {
      if (toks[i]!.f !== 'en' && toks[i]!.f !== 'on') continue;
      const f3 = `${toks[i]!.f} ${toks[i + 1]?.f} ${toks[i + 2]?.f}`;
      if (!/^(en representacion de|on behalf of)$/.test(f3)) continue;
      const target = mentionsFrom(w, i + 3).find(
        (m) => (m.label === 'Institution' || (m.label === 'Place' && m.kind === 'country')) && m.key,
      );
      const person = mentionsOfSentence(w, s.index)
        .filter((m) => m.label === 'Person' && m.key && m.to <= i)
        .pop();
      if (!target || !person) continue;
      let inst = w.entities.get(target.key!)!;
      if (inst.label === 'Place') inst = stateActor(w, inst);
      w.facts.push({
        type: 'HOLDS_ROLE',
        from: person.key!,
        to: inst.key,
        rule: RULES.onBehalfOf.reason,
        sent: s.index,
        role: roleOnly.get(person.key!),
      });
    }
    // "Por parte de la Fundación X firmó Dr. Y", "por la Asociación Z lo hizo W": the signer stands for that institution
    for (let i = s.tokStart; i < s.tokEnd - 2; i++) {
      const enRep =
        toks[i]!.f === 'en' && isWord(toks, i + 1, 'representacion') && isWord(toks, i + 2, 'de', 'del');
      if (
        (toks[i]!.f !== 'por' && !enRep) ||
        (i > s.tokStart && !/^[,;]$/.test(toks[i - 1]!.text) && !/^(que|y)$/.test(toks[i - 1]!.f))
      )
        continue;
      let k = enRep ? i + 3 : i + 1;
      if (isWord(toks, k, 'parte') && isWord(toks, k + 1, 'de', 'del')) k += 2;
      if (isWord(toks, k, 'la', 'el', 'los', 'las')) k++;
      const target = instAt(w, k);
      if (!target) continue;
      // "Por parte de AWS en México, X, gerente de ...; Y, encargada de ...; y Z, director de ...": a
      // sentence that opens so lists the people of that institution, each with a post of their own
      if (i === s.tokStart && !enRep) {
        const listed = listedWithPosts(w, s.index, target.to, roleOnly);
        for (const person of listed)
          w.facts.push({
            type: 'HOLDS_ROLE',
            from: person,
            to: target.key!,
            rule: RULES.onBehalfOf.reason,
            sent: s.index,
            role: roleOnly.get(person),
          });
        if (listed.length) continue;
      }
      const person = mentionsOfSentence(w, s.index).find(
        (m) => m.label === 'Person' && m.key && !m.anaphor && m.from > target.to && m.from <= target.to + 8,
      );
      if (!person) continue;
      const between = toks.slice(target.to, person.from).map((t) => t.f);
      if (!between.some((x) => SIGNING_WORDS.test(x) || x === 'hizo')) continue;
      w.facts.push({
        type: 'HOLDS_ROLE',
        from: person.key!,
        to: target.key!,
        rule: RULES.onBehalfOf.reason,
        sent: s.index,
        role: roleOnly.get(person.key!),
      });
    }
  }
}

/**
 * The people a sentence lists after token `from` ("…, X, gerente de Programas; Y, encargada del Sector
 * Educativo"), each followed by a post of their own without an institution: two at least, or none.
 */
function listedWithPosts(w: Work, sent: number, from: number, roleOnly: Map<string, string>): string[] {
  const toks = w.tokens;
  if (toks[from]?.text !== ',' && !isWord(toks, from, 'en')) return [];
  const people = mentionsOfSentence(w, sent).filter(
    (m) => m.label === 'Person' && m.key && !m.anaphor && m.from > from && toks[m.to]?.text === ',',
  );
  const keys = [...new Set(people.map((m) => m.key!).filter((key) => roleOnly.has(key)))];
  return keys.length >= 2 ? keys : [];
}
