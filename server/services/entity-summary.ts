// The Cypher projection of an entity as lists show it (EntitySummary), in one place.
import { ENTITY_LABELS } from '../../model';

/**
 * A map expression for node variable `v`; its label is the first entity label it has.
 * @example `MATCH (n:Entity) RETURN ${summaryOf('n')} AS entity`
 */
export function summaryOf(v: string): string {
  const labels = ENTITY_LABELS.map((l) => `'${l}'`).join(', ');
  return `{id: ${v}.id, label: [l IN labels(${v}) WHERE l IN [${labels}]][0], name: coalesce(${v}.name, ${v}.id),
    aliases: coalesce(${v}.aliases, []), acronym: ${v}.acronym, kind: ${v}.kind,
    date: CASE WHEN ${v}.date IS NULL THEN null ELSE toString(${v}.date) END}`;
}

/** A Cypher predicate: `v` is an entity (not a Document or a bookkeeping node). */
export function isEntity(v: string): string {
  return `(${ENTITY_LABELS.map((l) => `${v}:${l}`).join(' OR ')})`;
}
