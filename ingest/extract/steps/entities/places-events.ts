// Step 5, places and events: one entity per place (by its folded name or alias) and per event (the
// same ordinal and kind, the same quoted title, or the same surface), each found through an index of
// the keys it is compared by rather than a scan of every entity.
import type { Entity, Mention, Work } from '../../types';
import { PLACE_BY_NAME } from '../../lexicons';
import { fold, titleCase } from '../../text';
import { attach, entitiesOf, newEntity } from './entity';
import { firstOf, Postings } from './postings';

export function places(w: Work): void {
  const rank = new Map<Entity, number>();
  const byForm = new Postings<Entity>();
  const file = (p: Entity) => {
    if (!rank.has(p)) rank.set(p, rank.size);
    for (const n of [p.name, ...p.aliases]) byForm.add(fold(n), p);
  };
  for (const p of entitiesOf(w, 'Place')) file(p);
  const whole = wholeTownNames(w.mentions);
  const text = fold(w.text);
  for (const m of w.mentions) {
    if (m.label !== 'Place') continue;
    const written = nameAsWritten(m, text);
    const name = whole.get(fold(written)) ?? written;
    const e =
      firstOf(rank, [byForm.get(fold(name)), byForm.get(fold(m.canonical ?? name))]) ??
      newEntity(w, 'Place', name);
    attach(e, m);
    // the gazetteer's own name stays an alias: the "Londres" of Spanish releases is this "London"
    if (m.canonical && fold(m.canonical) !== fold(e.name)) e.aliases.add(m.canonical);
    file(e);
    e.properties.kind ??= m.kind ?? PLACE_BY_NAME.get(fold(name))?.kind ?? 'city';
  }
}

/**
 * A place is named as the text writes it: an English release says "Germany", not the gazetteer's "Alemania".
 * The gazetteer's name is kept where the text writes it too, or where it differs only in case and accents
 * ("SANTIAGO", "Bogota").
 */
function nameAsWritten(m: Mention, foldedText: string): string {
  const c = m.canonical;
  if (!c || fold(c) === fold(m.surface) || foldedText.includes(fold(c))) return c ?? m.surface;
  // an abbreviation stays as written ("U.S."), a dateline in capitals is written in title case
  if (m.surface !== m.surface.toUpperCase() || m.surface.includes('.')) return m.surface;
  return titleCase(m.surface);
}

/** Town names of the form "San/Santa X de Y", by the folded "Y" they are also called by in the text. */
const SAINTED_TOWN = /^(san|santa|santo|sao|villa|puerto|ciudad) .+ de ([^ ]+( [^ ]+)?)$/;

/**
 * "Santa Cruz de Lorica" ... "Lorica": a town's short form is the town, unless the short form is a region
 * of its own ("Santiago de Querétaro" and the state of Querétaro stay two).
 */
function wholeTownNames(ms: Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of ms) {
    if (m.label !== 'Place' || m.kind === 'country' || m.kind === 'venue') continue;
    const name = m.canonical ?? m.surface;
    const tail = SAINTED_TOWN.exec(fold(name))?.[2];
    if (!tail) continue;
    const kind = PLACE_BY_NAME.get(tail)?.kind;
    if (kind && kind !== 'city') continue;
    out.set(tail, name);
  }
  return out;
}

export function events(w: Work): void {
  const ordOf = (o: Mention) => (o.kind ? fold(o.kind) + ' ' + fold(w.tokens[o.from + 1]?.text ?? '') : null);
  const rank = new Map<Entity, number>();
  const byOrd = new Postings<Entity>();
  const byAlias = new Postings<Entity>();
  const bySurface = new Postings<Entity>();
  const file = (ev: Entity, o: Mention) => {
    if (!rank.has(ev)) rank.set(ev, rank.size);
    const ord = ordOf(o);
    if (ord !== null) byOrd.add(ord, ev);
    if (o.alias) byAlias.add(fold(o.alias), ev);
    bySurface.add(fold(o.surface), ev);
  };
  for (const ev of entitiesOf(w, 'Event')) for (const o of ev.mentions) file(ev, o);
  for (const m of w.mentions) {
    if (m.label !== 'Event') continue;
    const ord = ordOf(m);
    const e = firstOf(rank, [
      ord !== null ? byOrd.get(ord) : [],
      m.alias ? byAlias.get(fold(m.alias)) : [],
      bySurface.get(fold(m.surface)),
    ]);
    const ent = e ?? newEntity(w, 'Event', m.surface.charAt(0).toUpperCase() + m.surface.slice(1));
    attach(ent, m);
    file(ent, m);
    if (w.date) ent.properties.date ??= w.date;
  }
}

/** Places and people named inside an institution, event or venue (and longer than them) are not entities of their own. */
export function markNested(w: Work): void {
  const outer = w.mentions.filter(
    (m) =>
      (m.label === 'Institution' && !m.anaphor) ||
      m.label === 'Event' ||
      (m.label === 'Place' && m.kind === 'venue'),
  );
  // an outer mention holding a mention holds its first token
  const covering = new Map<number, Mention[]>();
  for (const o of outer)
    for (let k = o.from; k < o.to; k++) {
      const list = covering.get(k);
      if (list) list.push(o);
      else covering.set(k, [o]);
    }
  for (const m of w.mentions) {
    if (m.label !== 'Place' && m.label !== 'Person') continue;
    const cands = m.to > m.from ? (covering.get(m.from) ?? []) : outer;
    if (cands.some((o) => o !== m && o.from <= m.from && m.to <= o.to && o.to - o.from > m.to - m.from))
      m.nested = true;
  }
}
