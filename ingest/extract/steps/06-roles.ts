// Step 6: posts. A post title before a name ("el Director General del IMSS, Doctor José ..."), after
// it ("Israel Durán Natera, director del IMJUVER"), between organisation and name ("NASA Administrator
// Bill Nelson"), "X del Instituto ...", "on behalf of X"; titles that imply their office ("ministra de
// Desarrollo Social" -> Ministerio de Desarrollo Social, "Gobernador de la entidad" -> Gobierno del
// Estado). A title with its institution and no name ("el titular del IMSS") refers back to the
// person who holds it. Also PART_OF for sub-units and programmes.
import type { Entity, Mention, Token, Work } from '../types';
import { HONORIFIC_TABLE, POST_TITLE_TABLE, SIGNING_VERB_SET } from '../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../match';
import { DEPENDENT_ADJECTIVES, DEPENDENT_NOUNS, ENGLISH_DEPENDENCY_CUES } from '../model/extra-words';
import { RULES } from '../model/rules';
import { mentionsCovering, mentionsFrom, mentionsTo } from '../mention-index';
import { capFirst, fold } from '../text';
import { entitiesOf, findInstitution, newEntity } from './05-entities';
import { findContextRoles } from './06-context-roles';

/** Titles whose complement names the office they head: "ministra de X" -> "Ministerio de X". */
const DERIVED_OFFICES: Record<string, string> = {
  ministro: 'Ministerio',
  ministra: 'Ministerio',
  secretario: 'Secretaría',
  secretaria: 'Secretaría',
  defensor: 'Defensoría',
  defensora: 'Defensoría',
  procurador: 'Procuraduría',
  procuradora: 'Procuraduría',
  fiscal: 'Fiscalía',
};
/** Which institution heads a title usually leads, to tell which party a signer stands for. */
const TITLE_HEADS: [RegExp, RegExp][] = [
  [/^fiscal/, /^fiscalia/],
  [/^rector/, /^(universidad|instituto tecnologico|tecnologico|politecnico|colegio)/],
  [/^gobernador/, /^gobierno/],
  [/^minist/, /^ministerio/],
  [/^secretari/, /^secretaria/],
  [/^decan/, /^facultad/],
  [/^defensor/, /^defensoria/],
  [
    /^(alcalde|presidente municipal|presidenta municipal)/,
    /^(ayuntamiento|municipio|municipalidad|alcaldia)/,
  ],
  [/^embajador/, /^embajada/],
  [/^administrator/, /^(nasa|administration|agency)/],
];

/** Words that open something other than a post after "Name,": articles, prepositions, verbs of saying. */
const NOT_APPOSITION = new Set([
  'que',
  'quien',
  'quienes',
  'who',
  'said',
  'dijo',
  'y',
  'and',
  'en',
  'in',
  'con',
  'para',
  'por',
  'a',
  'al',
  'de',
  'del',
  'el',
  'la',
  'los',
  'las',
  'the',
  'desde',
  'durante',
  'tras',
  'sobre',
  'entre',
  'como',
  'ha',
  'han',
  'fue',
  // conjunctions opening another clause: "Marvin Ordóñez, mientras que UNICEF ..."
  'mientras',
  'pero',
  'aunque',
  'while',
  'but',
  'whereas',
]);
/** Words that end an apposition: a relative clause starts. */
const CLAUSE_STOPS = new Set(['quien', 'quienes', 'que', 'who', 'which', 'cual']);

export interface RoleRef {
  mention: Mention;
  inst: string;
  title: string;
}

function personAt(w: Work, i: number): Mention | undefined {
  return mentionsFrom(w, i).find((m) => m.label === 'Person' && m.key && !m.nested);
}

function instAt(w: Work, i: number): Mention | undefined {
  return mentionsFrom(w, i)
    .filter((m) => m.label === 'Institution' && m.key)
    .sort((a, b) => b.to - a.to)[0];
}

/** Skip ", Dr." between a role and a name; returns the index where the name should start. */
function skipToName(toks: Token[], q: number, end: number): number {
  if (toks[q]?.text === ',') q++;
  const h = matchAt(HONORIFIC_TABLE, toks, q, end);
  if (h) q += h.len;
  return q;
}

/** The state a text speaks about: a state named next to "estado de X", else the first state place. */
function stateGovernment(w: Work, q: number): { e: Entity; to: number } | null {
  const toks = w.tokens;
  let to = q;
  let stateName: string | null = null;
  if (isWord(toks, q, 'del') && isWord(toks, q + 1, 'estado') && isWord(toks, q + 2, 'de')) {
    const pl = mentionsFrom(w, q + 3).find((m) => m.label === 'Place');
    if (pl) {
      stateName = w.entities.get(pl.key ?? '')?.name ?? pl.surface;
      to = pl.to;
    }
  } else if (
    (isWord(toks, q, 'de') && isWord(toks, q + 1, 'la') && isWord(toks, q + 2, 'entidad')) ||
    (isWord(toks, q, 'del') && isWord(toks, q + 1, 'estado'))
  ) {
    to = q + (toks[q + 1]?.f === 'la' ? 3 : 2);
  } else if (isWord(toks, q, 'de')) {
    const pl = mentionsFrom(w, q + 1).find((m) => m.label === 'Place' && m.kind === 'state');
    if (!pl) return null;
    stateName = w.entities.get(pl.key ?? '')?.name ?? pl.surface;
    to = pl.to;
  } else return null;
  const govs = entitiesOf(w, 'Institution').filter((e) => /^gobierno (del estado )?de /.test(fold(e.name)));
  if (!stateName) {
    if (govs.length === 1) return { e: govs[0]!, to };
    const st = entitiesOf(w, 'Place').find((p) => p.properties.kind === 'state');
    if (!st) return null;
    stateName = st.name;
  }
  const f = fold(stateName);
  let e = govs.find((g) => fold(g.name).endsWith(' ' + f));
  if (!e) {
    e = newEntity(w, 'Institution', `Gobierno del Estado de ${stateName}`);
    e.properties.kind = 'government';
    e.aliases.add(`Gobierno de ${stateName}`);
  }
  return { e, to };
}

/** "ministra de Desarrollo Social de la Nación" -> the Ministerio de Desarrollo Social de la Nación entity. */
function derivedOffice(w: Work, title: string, q: number, end: number): { e: Entity; to: number } | null {
  const toks = w.tokens;
  const words = fold(title).split(' ');
  const office = DERIVED_OFFICES[words[0] ?? ''];
  if (!office) return null;
  // a title that names its field ("secretario de Economía") names the office too
  if (words.length > 2 && words[1] === 'de') {
    const field = title
      .split(' ')
      .slice(1)
      .filter((x) => !/^(estatal|federal|nacional|municipal|provincial|regional)$/i.test(x));
    const name = `${office} ${field.join(' ')}`;
    let e = findInstitution(w, name);
    if (!e) {
      e = newEntity(w, 'Institution', name);
      e.properties.kind = office === 'Ministerio' ? 'ministry' : 'agency';
    }
    return { e, to: q };
  }
  if (words.length > 2) return null;
  let k = q;
  const adj = words[1] ? capFirst(words[1]) : '';
  if (!isWord(toks, k, 'de', 'del')) return null;
  let to = k + 1;
  while (
    to < end &&
    (toks[to]!.cap ||
      (connectorAt(toks, to, end) > 0 && toks[to + connectorAt(toks, to, end)]?.cap) ||
      (toks[to]!.text === ',' && toks[to + 1]?.cap && !personAt(w, to + 1)))
  ) {
    const c = toks[to]!.cap || toks[to]!.text === ',' ? 1 : connectorAt(toks, to, end);
    to += c;
  }
  while (to > k + 1 && !toks[to - 1]!.cap) to--;
  if (to <= k + 1) return null;
  // "ministra de Mujeres, Géneros y diversidad": a list cut before its lower-case end names no office
  if (isWord(toks, to, 'y', 'e') && toks[to + 1]?.word && !toks[to + 1]!.cap) return null;
  k = to;
  const rest = spanText(w.text, toks, q, to);
  const name = [office, adj, rest].filter(Boolean).join(' ');
  let e = findInstitution(w, name);
  if (!e) {
    e = newEntity(w, 'Institution', name);
    e.properties.kind = office === 'Ministerio' ? 'ministry' : 'agency';
  }
  return { e, to: k };
}

function addRole(w: Work, person: Mention, inst: string, role: string | null, rule: string): void {
  w.facts.push({
    type: 'HOLDS_ROLE',
    from: person.key!,
    to: inst,
    rule,
    sent: person.sent,
    role: role ?? undefined,
  });
}

/** Roles written before names, and role references without a name. */
function titlesBefore(w: Work, refs: RoleRef[], roleOnly: Map<string, string>): void {
  const toks = w.tokens;
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
      if (
        toks[lead]?.text === ',' &&
        prev &&
        !w.facts.some(
          (f) => f.type === 'HOLDS_ROLE' && f.from === prev.key && f.rule === RULES.roleBeforeName.reason,
        )
      )
        continue;
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
        while (k < Math.min(s.tokEnd, q + 10)) {
          const cc = connectorAt(toks, k, s.tokEnd);
          if (cc && /^(de|del)$/.test(toks[k]!.f) && instAt(w, k + cc) && k > q) {
            title2 = spanText(w.text, toks, i, k);
            q = k;
            break;
          }
          if (cc) k += cc;
          else if (toks[k]!.cap && toks[k]!.word && !personAt(w, k)) k++;
          else {
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
      const programme = c && isWord(toks, q + c, 'programa', 'program') ? 1 : 0;
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
        const d = derivedOffice(w, title + (adjectives ? ' ' + toks[q - 1]!.text : ''), q, s.tokEnd);
        if (d) {
          inst = d.e;
          // the post as written: "ministro de Agricultura y Ganadería"
          if (d.to > q) title2 = spanText(w.text, toks, i, d.to);
          q = d.to;
        }
      }
      // "NASA Administrator Bill Nelson": the organisation written before the title
      // ... also with a word or two qualifying the post: "USAID Mission Director Leticia Díaz"
      const before = w.mentions.find(
        (m) =>
          m.label === 'Institution' &&
          m.key &&
          m.to <= i &&
          m.to >= i - 2 &&
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
        if (inst) addRole(w, person, inst.key, title2, rule);
        else roleOnly.set(person.key!, title2);
        i = person.to - 1;
      } else if (inst) {
        const m: Mention = {
          label: 'Person',
          from: i,
          to: q,
          sent: s.index,
          surface: spanText(w.text, toks, i, q),
          anaphor: true,
        };
        refs.push({ mention: m, inst: inst.key, title });
        i = q - 1;
      }
    }
  }
}

/** "Person, role de Institution" and "Person, Institution role" (English). */
function appositions(w: Work, roleOnly: Map<string, string>): void {
  const toks = w.tokens;
  for (const p of w.mentions) {
    if (p.label !== 'Person' || !p.key || p.nested || p.anaphor) continue;
    const s = w.sentences[p.sent]!;
    let q = p.to;
    const comma = toks[q]?.text === ',';
    if (comma) q++;
    // direct "Person del Instituto ..." (no role)
    const c0 = connectorAt(toks, p.to, s.tokEnd);
    if (!comma && c0 && /^(de|del)$/.test(toks[p.to]!.f)) {
      const im = instAt(w, p.to + c0);
      if (im) {
        addRole(w, p, im.key!, null, RULES.nameOfInstitution.reason);
        continue;
      }
    }
    // "X, quien funge como Presidente", "X, who serves as chair": the post, read without its institution
    if (comma && /^(quien|who)$/.test(toks[q]?.f ?? '')) {
      const as = toks.slice(q, Math.min(s.tokEnd, q + 5)).findIndex((t) => /^(como|as)$/.test(t.f));
      if (as > 0 && /^(funge|fungio|actua|serves|acts|es)$/.test(toks[q + as - 1]?.f ?? '')) {
        const t = matchAt(POST_TITLE_TABLE, toks, q + as + 1, s.tokEnd);
        if (t) roleOnly.set(p.key, spanText(w.text, toks, q + as + 1, q + as + 1 + t.len));
      }
      continue;
    }
    let end = q;
    while (
      end < s.tokEnd &&
      end < q + 14 &&
      !/^[,;.()]$/.test(toks[end]!.text) &&
      !personAt(w, end) &&
      !CLAUSE_STOPS.has(toks[end]!.f)
    )
      end++;
    if (end === q) continue;
    const first = toks[q]!;

    if (NOT_APPOSITION.has(first.f) || personAt(w, q)) continue;
    // "Elena Pita, rubricaron el documento en la sede del CSIC": a verb, not a post
    if (
      comma &&
      !matchAt(POST_TITLE_TABLE, toks, q, end) &&
      (SIGNING_VERB_SET.has(first.f) || FINITE_VERB.test(first.text.toLowerCase()))
    )
      continue;
    // English: "Kevin Sullivan, U.S. Department of State deputy assistant secretary"
    const lead = instAt(w, q);
    if (lead && comma && lead.to < end && !toks[lead.to]!.cap) {
      addRole(w, p, lead.key!, spanText(w.text, toks, lead.to, end), RULES.roleAfterName.reason);
      continue;
    }
    if (first.cap && !matchAt(POST_TITLE_TABLE, toks, q, end)) continue;
    // the last institution introduced by a connector inside the apposition
    let found: { inst: Mention; at: number } | null = null;
    for (let k = q + 1; k < end; k++) {
      const c = connectorAt(toks, k, end);
      if (!c || !/^(de|del|of|for|to)$/.test(toks[k]!.f)) continue;
      const prog = isWord(toks, k + c, 'programa') ? 1 : 0;
      const im = instAt(w, k + c + prog);
      if (im && !im.nested) {
        found = { inst: im, at: k };
        break;
      }
    }
    // "director de la facultad" written with an anaphor is an institution mention too
    if (found) {
      addRole(w, p, found.inst.key!, spanText(w.text, toks, q, found.at), RULES.roleAfterName.reason);
    } else if (comma || matchAt(POST_TITLE_TABLE, toks, q, end)) {
      const t = matchAt(POST_TITLE_TABLE, toks, q, end);
      const roleText = spanText(w.text, toks, q, end);
      if (t || (roleText.split(' ').length <= 4 && !first.cap)) {
        const d = t ? derivedOffice(w, spanText(w.text, toks, q, q + t.len), q + t.len, end) : null;
        if (d) addRole(w, p, d.e.key, spanText(w.text, toks, q, q + t!.len), RULES.roleAfterName.reason);
        else roleOnly.set(p.key, roleText);
      }
    }
  }
}

/** "en representación de X", "on behalf of X", "por parte de X" after a name. */
function onBehalf(w: Work, roleOnly: Map<string, string>): void {
  const toks = w.tokens;
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd - 2; i++) {
      if (toks[i]!.f !== 'en' && toks[i]!.f !== 'on') continue;
      const f3 = `${toks[i]!.f} ${toks[i + 1]?.f} ${toks[i + 2]?.f}`;
      if (!/^(en representacion de|on behalf of)$/.test(f3)) continue;
      const target = w.mentions.find(
        (m) =>
          (m.label === 'Institution' || (m.label === 'Place' && m.kind === 'country')) &&
          m.from === i + 3 &&
          m.key,
      );
      const person = w.mentions
        .filter((m) => m.label === 'Person' && m.key && m.sent === s.index && m.to <= i)
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
      const person = w.mentions.find(
        (m) =>
          m.label === 'Person' &&
          m.key &&
          !m.anaphor &&
          m.sent === s.index &&
          m.from > target.to &&
          m.from <= target.to + 8,
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

const SIGNING_WORDS = /^(firm|suscri|sign|rubric)/;
/** Past-tense verb endings that open a predicate, not a post, after "Name,". */
const FINITE_VERB = /(aron|ieron|yeron|ó|ió)$/;

/** A country acting as a party ("Uruguay signed ..."): an Institution node for its state. */
export function stateActor(w: Work, country: Entity): Entity {
  const existing = entitiesOf(w, 'Institution').find((e) => fold(e.name) === fold(country.name));
  if (existing) return existing;
  const e = newEntity(w, 'Institution', country.name);
  e.properties.kind = 'government';
  return e;
}

/** PART_OF: sub-units named with their parent, programmes named with their institution's acronym. */
function partOf(w: Work): void {
  const insts = w.mentions.filter((m) => m.label === 'Institution' && m.key);
  for (const m of insts) {
    if (!m.full) continue;
    for (const inner of insts) {
      if (inner === m || inner.key === m.key || inner.from <= m.from || inner.to !== m.to) continue;
      if (!isWord(w.tokens, inner.from - 1, 'de', 'del', 'of', 'la', 'the')) continue;
      w.facts.push({
        type: 'PART_OF',
        from: m.key!,
        to: inner.key!,
        rule: RULES.subUnit.reason,
        sent: m.sent,
      });
    }
    const e = w.entities.get(m.key!)!;
    const prefix = /^(\p{Lu}{2,})-/u.exec(e.name)?.[1];
    if (prefix) {
      const parent = entitiesOf(w, 'Institution').find(
        (o) => o !== e && (o.properties.acronym === prefix || o.name === prefix),
      );
      if (parent)
        w.facts.push({
          type: 'PART_OF',
          from: e.key,
          to: parent.key,
          rule: RULES.programmeOf.reason,
          sent: m.sent,
        });
    }
  }
}

const DEPENDENT_NOUN_SET: ReadonlySet<string> = new Set(DEPENDENT_NOUNS);
const DEPENDENT_ADJECTIVE_SET: ReadonlySet<string> = new Set(DEPENDENT_ADJECTIVES);

/** Length of the dependency cue at token k (articles after it included), else 0. */
function dependencyCue(toks: Token[], k: number): number {
  const low = (q: number) => (toks[q] && !toks[q].cap ? toks[q].f : '');
  let q = k;
  for (const cue of ENGLISH_DEPENDENCY_CUES)
    if (cue.every((word, n) => low(k + n) === word)) q = k + cue.length;
  if (q === k) {
    if (DEPENDENT_NOUN_SET.has(low(q))) q++;
    let adjectives = 0;
    while (adjectives < 2 && DEPENDENT_ADJECTIVE_SET.has(low(q))) {
      q++;
      adjectives++;
    }
    // "adscrito a(l)", "perteneciente a(l)" take "a"; everything else "de(l)"
    const prep = low(q);
    const takesA = /^(adscrit|pertenecient|sectorizad)/.test(low(q - 1));
    if (!(prep === 'de' || prep === 'del' || (takesA && (prep === 'a' || prep === 'al')))) return 0;
    q++;
  }
  if (isWord(toks, q, 'la', 'el', 'los', 'las', 'the')) q++;
  return q - k;
}

/**
 * "la Fundación Biodiversidad, del Ministerio para la Transición Ecológica (MITECO), ...", "la Estación
 * Biológica de Doñana, centro del CSIC en Sevilla": the second body is the first one's parent (PART_OF),
 * never a party of its own. Lists ("del IMSS, del ISSSTE y de la SEP") are left alone.
 */
function dependentBodies(w: Work): void {
  const toks = w.tokens;
  for (const a of w.mentions) {
    if (a.label !== 'Institution' || !a.key || a.nested || a.anaphor) continue;
    // "El Instituto Nacional de Tecnología Agropecuaria (INTA), organismo ...": past the acronym
    let comma = a.to;
    if (toks[comma]?.text === '(' && toks[comma + 2]?.text === ')') comma += 3;
    if (toks[comma]?.text !== ',' || isWord(toks, a.from - 1, 'de', 'del', 'of', 'y', 'and')) continue;
    const cue = dependencyCue(toks, comma + 1);
    if (!cue) continue;
    const b = instAt(w, comma + 1 + cue);
    if (!b || b.key === a.key || b.sent !== a.sent) continue;
    let q = b.to;
    if (toks[q]?.text === '(') {
      while (q < toks.length && toks[q]!.text !== ')' && q < b.to + 8) q++;
      q++;
    }
    if (isWord(toks, q, 'en', 'in') && mentionsFrom(w, q + 1).some((m) => m.label === 'Place'))
      q = mentionsFrom(w, q + 1).find((m) => m.label === 'Place')!.to;
    // a bare "de/del" apposition must close (",", ")" or the end) and not go on as a list
    const bare = fold(toks[comma + 1]!.text) === 'de' || fold(toks[comma + 1]!.text) === 'del';
    const next = toks[q];
    if (bare && next && !/^[,)]$/.test(next.text)) continue;
    if (next?.text === ',' && isWord(toks, q + 1, 'de', 'del', 'of')) continue;
    if (isWord(toks, q + 1, 'y', 'and') && isWord(toks, q + 2, 'de', 'del', 'of')) continue;
    if (isWord(toks, q, 'y', 'and') && isWord(toks, q + 1, 'de', 'del', 'of')) continue;
    // the parent and its acronym in parentheses are part of the apposition, not parties
    for (const m of w.mentions)
      if (m.label === 'Institution' && m.from >= b.from && m.to <= q) m.nested = true;
    w.facts.push({
      type: 'PART_OF',
      from: a.key,
      to: b.key!,
      rule: RULES.dependentBody.reason,
      sent: a.sent,
    });
  }
}

/** Role references ("el titular del IMSS") point to the one person holding a post there. */
function resolveRefs(w: Work, refs: RoleRef[]): void {
  for (const r of refs) {
    const holders = w.facts.filter((f) => f.type === 'HOLDS_ROLE' && f.to === r.inst);
    const same = holders.filter((f) => f.role && fold(f.role) === fold(r.title));
    const people = [...new Set((same.length ? same : holders).map((f) => f.from))];
    if (people.length !== 1) continue;
    r.mention.key = people[0];
    w.mentions.push(r.mention);
    w.entities.get(people[0]!)?.mentions.push(r.mention);
  }
}

export function titleFitsInstitution(title: string, inst: Entity): boolean {
  const t = fold(title);
  const n = fold(inst.name);
  return TITLE_HEADS.some(([tr, ir]) => tr.test(t) && ir.test(n));
}

export function findRoles(w: Work): Map<string, string> {
  const refs: RoleRef[] = [];
  const roleOnly = new Map<string, string>();
  titlesBefore(w, refs, roleOnly);
  appositions(w, roleOnly);
  onBehalf(w, roleOnly);
  findContextRoles(w, roleOnly);
  resolveRefs(w, refs);
  partOf(w);
  dependentBodies(w);
  w.roleOnly = roleOnly;
  return roleOnly;
}
