// A counter that every change of the graph (ingest, curation) bumps, so caches (analytics, layouts)
// know when to recompute. Kept in the graph, so that changes made by another process count too.
import { namedQuery } from '../../cypher/named-queries';
import type { Gateway } from '../db';

export async function bumpGraphVersion(gateway: Gateway): Promise<number> {
  const { rows } = await gateway.write<{ version: number }>(namedQuery('bump-graph-version'));
  return rows[0]?.version ?? 0;
}

export async function readGraphVersion(gateway: Gateway): Promise<number> {
  const { rows } = await gateway.read<{ version: number | null }>(
    `OPTIONAL MATCH (m:EnlaceMeta {key: 'graph'}) RETURN m.version AS version`,
  );
  return rows[0]?.version ?? 0;
}

/**
 * The version with the time of its change: two graphs of the same version number (a store emptied and
 * loaded again starts counting anew) differ in it, so caches keyed by it never mix them up.
 */
export async function readGraphStamp(gateway: Gateway): Promise<{ version: number; stamp: string }> {
  const { rows } = await gateway.read<{ version: number | null; changedAt: number | null }>(
    `OPTIONAL MATCH (m:EnlaceMeta {key: 'graph'}) RETURN m.version AS version, m.changedAt AS changedAt`,
  );
  const version = rows[0]?.version ?? 0;
  return { version, stamp: `${version}@${rows[0]?.changedAt ?? 0}` };
}
