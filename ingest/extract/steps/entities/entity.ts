// What every entity step shares: making an entity, attaching a mention to it, finding an institution
// by name. The keys names are compared by are those of ingest/name-keys, shared with resolution.
import type { EntityLabel } from '../../../../model/graph-schema';
import type { Entity, Mention, Work } from '../../types';
import { documentContentKey } from '../../../name-keys';
import { fold, slug } from '../../text';

/** Are the words of `short` found in `long`, in order? */
export function isSubsequence(short: string[], long: string[]): boolean {
  let p = 0;
  for (const x of long) if (x === short[p]) p++;
  return p === short.length;
}

export function newEntity(w: Work, label: EntityLabel, name: string): Entity {
  let key = `${label.toLowerCase()}:${slug(name)}`;
  let n = 2;
  while (w.entities.has(key)) key = `${label.toLowerCase()}:${slug(name)}-${n++}`;
  const e: Entity = { key, label, name, aliases: new Set(), properties: {}, mentions: [] };
  w.entities.set(key, e);
  return e;
}

export function attach(e: Entity, m: Mention): void {
  m.key = e.key;
  e.mentions.push(m);
  if (m.surface && m.surface !== e.name) e.aliases.add(m.surface);
  if (m.alias && m.alias !== e.name) e.aliases.add(m.alias);
}

export function entitiesOf(w: Work, label: EntityLabel): Entity[] {
  return [...w.entities.values()].filter((e) => e.label === label);
}

/** Prefer the longer full name as canonical; the old one becomes an alias. */
export function rename(e: Entity, name: string): void {
  if (name.length <= e.name.length) return;
  e.aliases.add(e.name);
  e.name = name;
  e.aliases.delete(name);
}

/**
 * The institution a name speaks of, by a scan of every institution: for the few look-ups made after
 * the entities step (InstitutionIndex answers the same question for the many made during it).
 */
export function findInstitution(w: Work, surface: string, acronym?: string): Entity | undefined {
  const insts = entitiesOf(w, 'Institution');
  const f = fold(surface);
  const lk = documentContentKey(surface);
  const exact = insts.find(
    (e) =>
      fold(e.name) === f ||
      [...e.aliases].some((a) => fold(a) === f) ||
      (lk && documentContentKey(e.name) === lk),
  );
  if (exact) return exact;
  if (acronym) {
    const byAcr = insts.find((e) => e.properties.acronym === acronym);
    if (byAcr) return byAcr;
  }
  // word prefix with the same head, when unique
  const pref = insts.filter((e) =>
    [e.name, ...e.aliases].some((n) => {
      const a = fold(n);
      return (a.startsWith(f + ' ') || f.startsWith(a + ' ')) && a.split(' ')[0] === f.split(' ')[0];
    }),
  );
  return pref.length === 1 ? pref[0] : undefined;
}
