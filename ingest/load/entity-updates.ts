// Entity names, aliases and properties belong to the entity, gathered from all its documents: when a new
// document adds an alias or a fuller name, the entity is updated in place rather than every document that
// names it being rewritten. After each load, the entities resolution produced are compared with the graph
// and the ones that differ are set.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';

type Scalar = string | number | boolean;

interface EntityState {
  id: string;
  name: string;
  /** As the loader stores them: without the name itself. */
  aliases: string[];
  props: Record<string, Scalar>;
}

/** Rows per UNWIND statement when reading and writing. */
const BATCH = 5_000;

function entityStates(extractions: readonly Extraction[]): Map<string, EntityState> {
  const states = new Map<string, EntityState>();
  for (const { nodes } of extractions)
    for (const node of nodes) {
      if (states.has(node.id)) continue;
      const props: Record<string, Scalar> = {};
      for (const [key, value] of Object.entries(node.properties ?? {}))
        if (value !== null && value !== undefined) props[key] = value;
      states.set(node.id, {
        id: node.id,
        name: node.name,
        aliases: node.aliases.filter((alias) => alias !== node.name),
        props,
      });
    }
  return states;
}

/** A graph value as JavaScript holds it (the driver may give integers as objects). */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toNumber' in value)
    return (value as { toNumber(): number }).toNumber();
  return value;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Sets the name, aliases and properties of every entity of `extractions` whose graph node holds others.
 * Entities not in the graph (a document that failed to load) are left alone.
 * @example const updated = await updateEntities(driver, database, plan.resolved);
 */
export async function updateEntities(
  driver: Driver,
  database: string | undefined,
  extractions: readonly Extraction[],
): Promise<number> {
  const states = [...entityStates(extractions).values()];
  const changed: EntityState[] = [];
  for (let start = 0; start < states.length; start += BATCH) {
    const batch = states.slice(start, start + BATCH);
    const keys = [...new Set(batch.flatMap((state) => Object.keys(state.props)))];
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (n:Entity {id: id})
       RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, [k IN $keys | n[k]] AS values`,
      { ids: batch.map((state) => state.id), keys },
      { database, routing: 'READ' },
    );
    const byId = new Map(batch.map((state) => [state.id, state]));
    for (const record of records) {
      const state = byId.get(record.get('id') as string)!;
      const values = record.get('values') as unknown[];
      const props = keys.map((key) => state.props[key] ?? null);
      const propsDiffer = props.some((value, i) => value !== null && value !== plain(values[i]));
      if (
        record.get('name') !== state.name ||
        !sameList(record.get('aliases') as unknown[], state.aliases) ||
        propsDiffer
      )
        changed.push(state);
    }
  }
  for (let start = 0; start < changed.length; start += BATCH)
    await driver.executeQuery(
      `UNWIND $rows AS row MATCH (n:Entity {id: row.id})
       SET n.name = row.name, n.aliases = row.aliases, n += row.props`,
      { rows: changed.slice(start, start + BATCH) },
      { database },
    );
  return changed.length;
}
