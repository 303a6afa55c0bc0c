// Step 6f: PART_OF: sub-units named with their parent ("Facultad de X de la Universidad Y"), programmes
// named with their institution's acronym, and bodies set in apposition to their parent ("..., del Ministerio").
import type { Token, Work } from '../../types';
import { isWord } from '../../match';
import { DEPENDENT_ADJECTIVES, DEPENDENT_NOUNS, ENGLISH_DEPENDENCY_CUES } from '../../model/extra-words';
import { RULES } from '../../model/rules';
import { mentionsFrom, mentionsTo, mentionsWithin } from '../../mention-index';
import { fold } from '../../text';
import { entitiesOf } from '../05-entities';
import { instAt } from './offices';

/** PART_OF: sub-units named with their parent, programmes named with their institution's acronym. */
export function partOf(w: Work): void {
  const insts = w.mentions.filter((m) => m.label === 'Institution' && m.key);
  for (const m of insts) {
    if (!m.full) continue;
    // the institutions ending where this one ends, in document order
    for (const inner of mentionsTo(w, m.to)) {
      if (inner.label !== 'Institution' || !inner.key) continue;
      if (inner === m || inner.key === m.key || inner.from <= m.from) continue;
      if (!isWord(w.tokens, inner.from - 1, 'de', 'del', 'of', 'la', 'the')) continue;
      w.facts.push({
        type: 'PART_OF',
        from: m.key!,
        to: inner.key,
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
export function dependentBodies(w: Work): void {
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
    for (const m of mentionsWithin(w, b.from, q)) if (m.label === 'Institution') m.nested = true;
    w.facts.push({
      type: 'PART_OF',
      from: a.key,
      to: b.key!,
      rule: RULES.dependentBody.reason,
      sent: a.sent,
    });
  }
}

// "a través de su", "por medio de su", "mediante su", "through its", "via its": the body acts by a unit of its own
const THROUGH_ITS: readonly (readonly string[])[] = [
  ['a', 'traves', 'de', 'su'],
  ['a', 'traves', 'de', 'sus'],
  ['por', 'medio', 'de', 'su'],
  ['mediante', 'su'],
  ['through', 'its'],
  ['via', 'its'],
];

/**
 * "la Gobernación, a través de su Secretaría de Agricultura, cubrirá ...", "the Ministry, through its
 * Fisheries Bureau, will ...": the unit a body acts through is part of it (PART_OF).
 */
export function unitsActedThrough(w: Work): void {
  const toks = w.tokens;
  for (const a of w.mentions) {
    if (a.label !== 'Institution' || !a.key || a.nested) continue;
    let q = a.to;
    if (toks[q]?.text === '(' && toks[q + 2]?.text === ')') q += 3; // its acronym
    if (toks[q]?.text === ',') q++;
    const cue = THROUGH_ITS.find((c) => c.every((word, n) => toks[q + n]?.f === word));
    if (!cue) continue;
    const b = instAt(w, q + cue.length);
    if (!b?.key || b.key === a.key || b.sent !== a.sent) continue;
    w.facts.push({
      type: 'PART_OF',
      from: b.key,
      to: a.key,
      rule: RULES.throughItsUnit.reason,
      sent: a.sent,
    });
  }
}
