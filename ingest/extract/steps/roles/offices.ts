// Step 6a: what the post readers share: the person or institution named at a token, the name after a
// title, the office a title implies ("ministra de X", "Gobernador de la entidad"), a state acting as a party.
import type { Entity, Mention, Token, Work } from '../../types';
import { HONORIFIC_TABLE } from '../../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../../match';
import { mentionsFrom } from '../../mention-index';
import { capFirst, fold } from '../../text';
import { entitiesOf, findInstitution, newEntity } from '../05-entities';
import { DERIVED_OFFICES, TITLE_HEADS } from './words';

export interface RoleRef {
  mention: Mention;
  inst: string;
  title: string;
}

export function personAt(w: Work, i: number): Mention | undefined {
  return mentionsFrom(w, i).find((m) => m.label === 'Person' && m.key && !m.nested);
}

export function instAt(w: Work, i: number): Mention | undefined {
  return mentionsFrom(w, i)
    .filter((m) => m.label === 'Institution' && m.key)
    .sort((a, b) => b.to - a.to)[0];
}

/**
 * Skip ", Dr." between a role and a name, also a courtesy title in two parts ("Ing. Agr.", "Lic. en Enf.")
 * or written as initials ("M.I."); returns the index where the name should start.
 */
export function skipToName(toks: Token[], q: number, end: number): number {
  if (toks[q]?.text === ',') q++;
  const h = matchAt(HONORIFIC_TABLE, toks, q, end);
  if (h) q += h.len;
  else if (/^(\p{Lu}\.){2,3}$/u.test(toks[q]?.text ?? '') && toks[q + 1]?.cap) return q + 1;
  else return q;
  // the second part of the title: a short capitalised abbreviation and its dot
  if (/^\p{Lu}\p{Ll}{1,4}$/u.test(toks[q]?.text ?? '') && toks[q + 1]?.text === '.' && toks[q + 2]?.cap)
    return q + 2;
  return matchAt(HONORIFIC_TABLE, toks, q, end) ? q + matchAt(HONORIFIC_TABLE, toks, q, end)!.len : q;
}

/** A state's, region's or department's government, however the country calls it ("Gobernación de Boyacá"). */
const STATE_GOVERNMENT =
  /^(gobierno (del estado |regional |provincial |departamental |autonomo departamental )?(de|del) |gobernacion (de|del) )/;

/** The state a text speaks about: a state named next to "estado de X", else the first state place. */
export function stateGovernment(w: Work, q: number): { e: Entity; to: number } | null {
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
  } else if (isWord(toks, q, 'de', 'del')) {
    const pl = mentionsFrom(w, q + 1).find((m) => m.label === 'Place' && m.kind === 'state');
    if (!pl) return null;
    stateName = w.entities.get(pl.key ?? '')?.name ?? pl.surface;
    to = pl.to;
  } else return null;
  const govs = entitiesOf(w, 'Institution').filter((e) => STATE_GOVERNMENT.test(fold(e.name)));
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
export function derivedOffice(
  w: Work,
  title: string,
  q: number,
  end: number,
): { e: Entity; to: number } | null {
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
      (toks[to]!.text === ',' &&
        toks[to + 1]?.cap &&
        !personAt(w, to + 1) &&
        // "Fiscal General de Coahuila, Dr. Ana Ruiz": the name after the comma is the holder's
        !matchAt(HONORIFIC_TABLE, toks, to + 1, end)))
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

export function addRole(w: Work, person: Mention, inst: string, role: string | null, rule: string): void {
  w.facts.push({
    type: 'HOLDS_ROLE',
    from: person.key!,
    to: inst,
    rule,
    sent: person.sent,
    role: role ?? undefined,
  });
}

/** A country acting as a party ("Uruguay signed ..."): an Institution node for its state. */
export function stateActor(w: Work, country: Entity): Entity {
  const existing = entitiesOf(w, 'Institution').find((e) => fold(e.name) === fold(country.name));
  if (existing) return existing;
  const e = newEntity(w, 'Institution', country.name);
  e.properties.kind = 'government';
  return e;
}

export function titleFitsInstitution(title: string, inst: Entity): boolean {
  const t = fold(title);
  const n = fold(inst.name);
  return TITLE_HEADS.some(([tr, ir]) => tr.test(t) && ir.test(n));
}
