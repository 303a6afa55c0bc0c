// Making an edit: checked against the graph, applied with a snapshot of what it touches in one
// transaction, recorded in the graph and appended to the curation file (cut back if the transaction
// fails, so the two never disagree), and the graph version bumped.
import { randomUUID } from 'node:crypto';
import type { EntitySummary } from '../../../model/api/common';
import type { Curation, CurationRequest } from '../../../model/api/curation';
import type { Gateway } from '../../db';
import { summaryOf } from '../entity-summary';
import { bumpGraphVersion } from '../graph-version';
import { readerOf } from './facts';
import { appendLog, logSize, truncateLog, type CurationLog } from './log';
import { opOf } from './ops';
import { conflict } from './ops/op';
import { allCurations, getCuration, insertCuration, toCuration } from './records';
import { takeSnapshot } from './snapshot';
import type { CurationState, EditEntry } from './types';

export interface CurationResult {
  curation: Curation;
  /** The entity as it is after the edit (survivor of a merge, new entity of a split). */
  entity?: EntitySummary;
}

/** The deletion of a relationship still in effect (not undone, not reversed by a restore), if any. */
export async function activeDeletion(
  gateway: Gateway,
  relationshipId: string,
): Promise<CurationState | null> {
  const edits = await allCurations(readerOf(gateway));
  const restored = new Set(
    edits.flatMap((e) => (e.op === 'restore-relationship' && !e.undone ? [e.params.deletion] : [])),
  );
  const deletion = edits
    .filter((e) => e.op === 'delete-relationship' && !e.undone && !restored.has(e.id))
    .reverse()
    .find((e) => (e.params as { relationshipId: string }).relationshipId === relationshipId);
  return deletion ? getCuration(readerOf(gateway), deletion.id, true) : null;
}

export async function entitySummary(gateway: Gateway, id: string): Promise<EntitySummary | undefined> {
  const { rows } = await gateway.read<{ entity: EntitySummary }>(
    `MATCH (n:Entity {id: $id}) RETURN ${summaryOf('n')} AS entity`,
    { id },
  );
  return rows[0]?.entity;
}

/**
 * @example await createCuration(gateway, log, { op: 'rename', id, name: 'EsSalud', note: 'Its own name' }, 'a1b2c3d4e5f6')
 * @throws HttpProblem 404 (unknown id), 400 (e.g. a merge into itself), 409 (nothing to change)
 */
export async function createCuration(
  gateway: Gateway,
  log: CurationLog,
  request: CurationRequest,
  by: string,
): Promise<CurationResult> {
  return log.lock.run(async () => {
    const op = opOf(request.op);
    const reader = readerOf(gateway);
    const params = await op.prepare(reader, request, {
      activeDeletion: (relationshipId) => activeDeletion(gateway, relationshipId),
    });
    const deletion =
      request.op === 'restore-relationship'
        ? await getCuration(reader, (params as { deletion: string }).deletion, true)
        : null;
    const entry = {
      id: randomUUID(),
      op: request.op,
      params,
      note: request.note,
      at: new Date().toISOString(),
      by,
    } as EditEntry;
    const size = await logSize(log.file);
    try {
      await gateway.transaction(
        async (tx) => {
          const snapshot = await takeSnapshot(tx, await op.scope(tx, params));
          if (!(await op.apply(tx, params, { curationId: entry.id, replay: false, deletion })))
            throw conflict(
              'The graph changed while the edit was being made, and nothing was changed. Try again.',
            );
          await insertCuration(tx, entry, op.entities(params), snapshot);
          await appendLog(log.file, [entry]);
        },
        { metadata: { app: 'enlace', op: `curation:${request.op}` } },
      );
    } catch (error) {
      await truncateLog(log.file, size);
      throw error;
    }
    await bumpGraphVersion(gateway);
    const shown = op.shows(params);
    const entity = shown ? await entitySummary(gateway, shown) : undefined;
    const state = await getCuration(reader, entry.id);
    return { curation: toCuration(state!), ...(entity ? { entity } : {}) };
  });
}
