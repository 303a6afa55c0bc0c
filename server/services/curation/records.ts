// Edits as the graph records them: (:Curation {id, seq, op, params, note, at, by, undone, undoneAt,
// undoNote, undoneBy, entities, snapshot}), params and snapshot as JSON text. What the API lists.
import type { Curation, CurationPage } from '../../../model/api/curation';
import type { Gateway, Transaction } from '../../db';
import type { Runner } from './facts';
import type { Snapshot } from './snapshot';
import type { CurationState, EditEntry, UndoEntry } from './types';

interface Row {
  id: string;
  seq: number;
  op: string;
  params: string;
  note: string;
  at: string;
  by: string;
  undone: boolean;
  undoneAt: string | null;
  undoNote: string | null;
  undoneBy: string | null;
  entities: string[];
  snapshot: string | null;
}

/** A Curation node as a map (its snapshot only when asked for: it can be large). */
const projection = (withSnapshot: boolean) =>
  `c {.id, .seq, .op, .params, .note, .at, .by, undone: coalesce(c.undone, false), .undoneAt, .undoNote,
      .undoneBy, entities: coalesce(c.entities, []), snapshot: ${withSnapshot ? 'c.snapshot' : 'null'}}`;

function toState(row: Row): CurationState {
  return {
    ...row,
    params: JSON.parse(row.params) as never,
    snapshot: row.snapshot ? (JSON.parse(row.snapshot) as Snapshot) : null,
  } as CurationState;
}

/** The API's view of an edit (no snapshot, no sequence number). */
export function toCuration(state: CurationState): Curation {
  const { id, op, params, note, at, by, undone, undoneAt, undoNote, undoneBy, entities } = state;
  return { id, op, params, note, at, by, undone, undoneAt, undoNote, undoneBy, entities } as Curation;
}

/** Records a new edit after the last one; returns its sequence number. */
export async function insertCuration(
  tx: Transaction,
  entry: EditEntry,
  entities: string[],
  snapshot: Snapshot | null,
  seq?: number,
): Promise<number> {
  const { rows } = await tx.run<{ seq: number }>(
    `OPTIONAL MATCH (last:Curation)
     WITH coalesce($seq, coalesce(max(last.seq), 0) + 1) AS seq
     CREATE (c:Curation {id: $id, seq: seq, op: $op, params: $params, note: $note, at: $at, by: $by,
                         undone: false, entities: $entities, snapshot: $snapshot})
     RETURN c.seq AS seq`,
    {
      ...entry,
      params: JSON.stringify(entry.params),
      entities: [...new Set(entities)],
      snapshot: snapshot ? JSON.stringify(snapshot) : null,
      seq: seq ?? null,
    },
  );
  return rows[0]!.seq;
}

export async function getCuration(
  runner: Runner,
  id: string,
  withSnapshot = false,
): Promise<CurationState | null> {
  const { rows } = await runner.run<{ c: Row }>(
    `MATCH (c:Curation {id: $id}) RETURN ${projection(withSnapshot)} AS c`,
    {
      id,
    },
  );
  return rows[0] ? toState(rows[0].c) : null;
}

/** Every edit in replay order (without snapshots, which can be large); `hasSnapshot` says which have one. */
export async function allCurations(runner: Runner): Promise<(CurationState & { hasSnapshot: boolean })[]> {
  const { rows } = await runner.run<{ c: Row; hasSnapshot: boolean }>(
    `MATCH (c:Curation) RETURN ${projection(false)} AS c, c.snapshot IS NOT NULL AS hasSnapshot ORDER BY c.seq`,
  );
  return rows.map((row) => ({ ...toState(row.c), hasSnapshot: row.hasSnapshot }));
}

/** A page of edits, newest first, optionally only those that touched one entity. */
export async function listCurations(
  gateway: Gateway,
  options: { entity?: string; limit: number; offset: number },
): Promise<CurationPage> {
  const { rows } = await gateway.read<{ total: number; items: Row[] }>(
    `MATCH (c:Curation) WHERE $entity IS NULL OR $entity IN c.entities
     WITH c ORDER BY c.seq DESC
     WITH collect(c) AS edits
     RETURN size(edits) AS total,
            [c IN edits[toInteger($offset)..toInteger($offset + $limit)] | ${projection(false)}] AS items`,
    { entity: options.entity ?? null, offset: options.offset, limit: options.limit },
  );
  const total = rows[0]?.total ?? 0;
  const items = (rows[0]?.items ?? []).map((row) => toCuration(toState(row)));
  const next = options.offset + items.length;
  return {
    items,
    total,
    limit: options.limit,
    offset: options.offset,
    nextOffset: next < total ? next : null,
  };
}

export async function markUndone(runner: Runner, id: string, undo: UndoEntry): Promise<void> {
  await runner.run(
    `MATCH (c:Curation {id: $id})
     SET c.undone = true, c.undoneAt = $at, c.undoNote = $note, c.undoneBy = $by`,
    { id, at: undo.at, note: undo.note, by: undo.by },
  );
}

export async function saveSnapshot(runner: Runner, id: string, snapshot: Snapshot): Promise<void> {
  await runner.run('MATCH (c:Curation {id: $id}) SET c.snapshot = $snapshot', {
    id,
    snapshot: JSON.stringify(snapshot),
  });
}

export async function setSequence(runner: Runner, id: string, seq: number): Promise<void> {
  await runner.run('MATCH (c:Curation {id: $id}) SET c.seq = $seq', { id, seq });
}
