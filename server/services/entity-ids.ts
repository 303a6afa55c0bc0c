// Entity ids that stay valid through curation: an id merged into another answers with the survivor.
// Redirects are (:Redirect {id: old, to: surviving}) nodes written by curation.
import type { Gateway } from '../db';

export interface ResolvedId {
  id: string;
  /** The id asked for, when it was merged into `id`. */
  redirectedFrom?: string;
}

const RESOLVE = `
OPTIONAL MATCH (e:Entity {id: $id})
OPTIONAL MATCH (r:Redirect {id: $id})
RETURN e IS NOT NULL AS exists, r.to AS to`;

/**
 * The live id for `id`, following redirects (chains too, e.g. merged twice); null when unknown.
 * @example await resolveEntityId(gateway, 'person:leonel-flores') // { id: 'person:leonel-antonio-flores-sosa', redirectedFrom: … }
 */
export async function resolveEntityId(gateway: Gateway, id: string): Promise<ResolvedId | null> {
  let current = id;
  for (let hop = 0; hop < 10; hop++) {
    const { rows } = await gateway.read<{ exists: boolean; to: string | null }>(RESOLVE, { id: current });
    const row = rows[0];
    if (row?.exists) return current === id ? { id } : { id: current, redirectedFrom: id };
    if (!row?.to) return null;
    current = row.to;
  }
  return null;
}

/**
 * The live id of each of `ids` (null for unknown ones), in one query for the ids that are live; only
 * merged-away ones are followed one by one.
 * @example await resolveEntityIds(gateway, ['person:a', 'person:gone']) // Map { 'person:a' => { id: 'person:a' }, 'person:gone' => null }
 */
export async function resolveEntityIds(
  gateway: Gateway,
  ids: readonly string[],
  timeoutMs?: number,
): Promise<Map<string, ResolvedId | null>> {
  const { rows } = await gateway.read<{ id: string }>(
    'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id',
    { ids },
    { timeoutMs },
  );
  const existing = new Set(rows.map((row) => row.id));
  const resolved = new Map<string, ResolvedId | null>();
  for (const id of ids) {
    if (!resolved.has(id)) resolved.set(id, existing.has(id) ? { id } : await resolveEntityId(gateway, id));
  }
  return resolved;
}
