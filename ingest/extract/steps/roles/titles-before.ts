// Step 6b: posts written before a name ("el Director General del IMSS, Doctor José ..."), with the
// organisation first in English ("NASA Administrator Bill Nelson"), and posts without a name that point
// back to their holder ("el titular del IMSS").
import type { Entity, Mention, Work } from '../../types';
import type { RoleRef } from './offices';
import { HONORIFIC_TABLE, POST_TITLE_TABLE } from '../../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../../match';
import { RULES } from '../../model/rules';
import { mentionsCovering, mentionsEndingIn, mentionsFrom, mentionsTo } from '../../mention-index';
import { fold } from '../../text';
import { personAt, instAt, skipToName, stateGovernment, derivedOffice, addRole } from './offices';
import { MENTION_RULES } from '../../model/mention-rules';
import { officeOfPost } from './office-of-post';

/** Roles written before names, and role references without a name. */
export function titlesBefore(w: Work, refs: RoleRef[], roleOnly: Map<string, string>): void {
  const toks = w.tokens;
  // people given a post by a title before their name so far
  const titledBefore = new Set(
    w.facts
      .filter((f) => f.type === 'HOLDS_ROLE' && f.rule === RULES.roleBeforeName.reason)
      .map((f) => f.from),
  );
  for (const s of w.sentences) {
    if (s.caps) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (instAt(w, i) && !/^(secretari|ministr)/.test(toks[i]!.f)) continue;
      if (mentionsCovering(w, i).some((m) => m.label === 'Person')) continue;
      const t = matchAt(POST_TITLE_TABLE, toks, i, s.tokEnd);
      if (!t) continue;
      // "Jorge Peraza Breedy, jefe de misión de la OIM, Manuel Novoa, ...": the post belongs to the name before
      const lead = isWord(toks, i - 1, 'el', 'la') ? i - 2 : i - 1;
      // ... unless that name had its own post before it: a list of "<post> de <Inst>, <Person>" pairs
      const prev = mentionsTo(w, lead).find((m) => m.label === 'Person');
      if (toks[lead]?.text === ',' && prev && !titledBefore.has(prev.key!)) continue;
      let tlen = t.len;
      // capitalised words that go on with the title before a name: "el Fiscal Electoral, Mtro. ..."
      while (
        tlen < t.len + 2 &&
        toks[i + tlen]?.cap &&
        toks[i + tlen]!.word &&
        !instAt(w, i + tlen) &&
        !personAt(w, i + tlen) &&
        !matchAt(HONORIFIC_TABLE, toks, i + tlen, s.tokEnd)
      )
        tlen++;
      // cut the title where an institution mention starts ("Director de la Facultad" -> "Director" + facultad)
      for (let k = i + 1; k < i + t.len; k++) {
        const c = connectorAt(toks, k, s.tokEnd);
        if (c && instAt(w, k + c)) {
          tlen = k - i;
          break;
        }
      }
      const title = spanText(w.text, toks, i, i + tlen);
      let q = i + tlen;
      // an adjective or two: "el canciller mexicano", "secretario nacional"
      let adjectives = 0;
      while (
        q < s.tokEnd &&
        adjectives < 2 &&
        toks[q]!.word &&
        !toks[q]!.cap &&
        !connectorAt(toks, q, s.tokEnd) &&
        /(o|a|al|es)$/.test(toks[q]!.f) &&
        !['que', 'quien', 'para', 'como'].includes(toks[q]!.f)
      ) {
        q++;
        adjectives++;
      }
      let inst: Entity | undefined;
      let rule: string = RULES.roleBeforeName.reason;
      let title2 = title;
      // the post may go on before its institution: "Viceministro de Cooperación para el Desarrollo del Ministerio ..."
      // ... or up to the comma before the name: "el Viceministro de Cooperación para el Desarrollo, Juan ..."
      let runTo = 0;
      if (connectorAt(toks, q, s.tokEnd) && !instAt(w, q + connectorAt(toks, q, s.tokEnd))) {
        let k = q;
        while (k < Math.min(s.tokEnd, q + 16)) {
          const cc = connectorAt(toks, k, s.tokEnd);
          if (cc && /^(de|del)$/.test(toks[k]!.f) && instAt(w, k + cc) && k > q) {
            title2 = spanText(w.text, toks, i, k);
            q = k;
            break;
          }
          if (cc) k += cc;
          else if (toks[k]!.cap && toks[k]!.word && !personAt(w, k)) k++;
          // "secretaria de Desarrollo, Innovación y Relaciones Internacionales de la Municipalidad": the
          // area is a list; a comma before a name or a courtesy title ends it
          else if (
            toks[k]!.text === ',' &&
            k > q + 1 &&
            toks[k + 1]?.cap &&
            toks[k + 1]!.word &&
            !personAt(w, k + 1) &&
            !matchAt(HONORIFIC_TABLE, toks, k + 1, s.tokEnd)
          ) {
            runTo = k;
            k++;
          } else {
            // "Vice Minister for Cooperation Ana Molina": the title runs up to the name
            if (personAt(w, k) && k > q + 1) {
              title2 = spanText(w.text, toks, i, k);
              q = k;
            } else if (toks[k]!.text === ',' && k > q + 1 && toks[k - 1]!.cap) runTo = k;
            break;
          }
        }
      }
      const c = connectorAt(toks, q, s.tokEnd);
      // "del programa X", "de esa universidad": a word between the connector and the body
      const programme = c && isWord(toks, q + c, 'programa', 'program', 'esa', 'ese', 'esta', 'este') ? 1 : 0;
      const im = c ? instAt(w, q + c + programme) : undefined;
      if (im && /^(de|del|of|for|to)$/.test(toks[q]!.f)) {
        inst = w.entities.get(im.key!);
        q = im.to;
        // "(IMSS)" or "(Instituto de Educación para Adultos)" after the institution
        if (toks[q]?.text === '(') {
          let close = -1;
          for (let k = q + 1; k < Math.min(toks.length, q + 14); k++) {
            if (toks[k]!.text === ')') {
              close = k;
              break;
            }
          }
          if (close > q && close < q + 14) q = close + 1;
        }
        if (isWord(toks, q, 'en', 'in') && mentionsFrom(w, q + 1).some((m) => m.label === 'Place'))
          q = mentionsFrom(w, q + 1).find((m) => m.label === 'Place')!.to;
        // "la Secretaría de Salud del estado, ...", "... estatal, ..."
        if (isWord(toks, q, 'del') && isWord(toks, q + 1, 'estado')) q += 2;
        else if (isWord(toks, q, 'de') && isWord(toks, q + 1, 'la') && isWord(toks, q + 2, 'entidad')) q += 3;
        else if (isWord(toks, q, 'estatal', 'federal', 'nacional', 'municipal')) q += 1;
      } else if (/^gobernador/.test(fold(title))) {
        const g = stateGovernment(w, q);
        if (g) {
          inst = g.e;
          q = g.to;
          rule = RULES.governorOfState.reason;
        }
      } else {
        const office = officeOfPost(w, spanText(w.text, toks, i, q), q, s.tokEnd);
        if (office) rule = RULES.postHeadsOffice.reason;
        const d =
          office ?? derivedOffice(w, title + (adjectives ? ' ' + toks[q - 1]!.text : ''), q, s.tokEnd);
        if (d) {
          inst = d.e;
          // the post as written: "ministro de Agricultura y Ganadería"
          if (d.to > q) title2 = spanText(w.text, toks, i, d.to);
          q = d.to;
        }
      }
      // "NASA Administrator Bill Nelson": the organisation written before the title
      // ... also with a word or two qualifying the post: "USAID Mission Director Leticia Díaz"; never
      // across a sentence break (a headline ending with a body is no organisation of the next line's title)
      const before = mentionsEndingIn(w, i - 2, i).find(
        (m) =>
          m.label === 'Institution' &&
          m.key &&
          m.from >= s.tokStart &&
          toks.slice(m.to, i).every((x) => x.cap && x.word && !x.upper && !personAt(w, m.to)),
      );
      if (!inst && before && w.lang === 'en') {
        inst = w.entities.get(before.key!);
        rule = RULES.orgTitleName.reason;
        if (before.to < i) title2 = spanText(w.text, toks, before.to, i + tlen);
      }
      let n = skipToName(toks, q, s.tokEnd);
      let person = personAt(w, n);
      // "IDB Representative in Peru Viviana Caro", "Country Director for Mexico X": the place is part of the post
      if (!person && inst && rule === RULES.orgTitleName.reason && isWord(toks, q, 'in', 'for')) {
        const pl = mentionsFrom(w, q + 1).find((m) => m.label === 'Place');
        const p = pl ? personAt(w, skipToName(toks, pl.to, s.tokEnd)) : undefined;
        if (pl && p) {
          title2 = spanText(w.text, toks, before!.to, pl.to);
          q = pl.to;
          n = p.from;
          person = p;
        }
      }
      // a post head with its area and no institution: the post as written ("Subsecretaria de Asuntos Multilaterales")
      if (!person && !inst && runTo) {
        n = skipToName(toks, runTo, s.tokEnd);
        person = personAt(w, n);
        if (person) title2 = spanText(w.text, toks, i, runTo);
      }
      // "la defensora nacional de Derechos de niñas, niños y adolescentes, Marisa Graham": the institution's
      // name goes on in lower case before the person; skip it when the full name holds those very words
      if (!person && inst) {
        const full = fold(inst.name)
          .replace(/[^a-z0-9 ]+/g, ' ')
          .replace(/\s+/g, ' ');
        const words: string[] = [];
        for (let k = q; k < Math.min(s.tokEnd, q + 12); k++) {
          const u = toks[k]!;
          if (u.text === ',' && words.length && full.includes(words.join(' '))) {
            const p = personAt(w, skipToName(toks, k, s.tokEnd));
            if (p) {
              n = p.from;
              person = p;
              break;
            }
          } else if (!u.word || u.cap) break;
          if (u.word) words.push(u.f);
        }
      }
      if (person) {
        if (inst) {
          addRole(w, person, inst.key, title2, rule);
          if (rule === RULES.roleBeforeName.reason || rule === RULES.postHeadsOffice.reason)
            titledBefore.add(person.key!);
        } else roleOnly.set(person.key!, title2);
        i = person.to - 1;
      } else if (inst) {
        const m: Mention = {
          label: 'Person',
          from: i,
          to: q,
          sent: s.index,
          surface: spanText(w.text, toks, i, q),
          reason: MENTION_RULES.postTitleHolder.reason,
          anaphor: true,
        };
        refs.push({ mention: m, inst: inst.key, title });
        i = q - 1;
      }
    }
  }
}
