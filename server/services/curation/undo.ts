// Undoing an edit: what it touched is put back exactly as its snapshot holds it, the edit is marked
// undone in the graph and an undo record appended to the curation file, so replays skip it. Refused
// (409) while a later edit in effect changed the same things, or when documents loaded since then say
// something of them that putting them back would drop.
import type { Gateway } from '../../db';
import { bumpGraphVersion } from '../graph-version';
import { describeEdit, laterConflicts } from './conflicts';
import { readerOf, type Runner } from './facts';
import { appendLog, logSize, truncateLog, type CurationLog } from './log';
import { conflict, notFound } from './ops/op';
import { allCurations, getCuration, markUndone, toCuration } from './records';
import { restoreSnapshot, snapshotSources, type Snapshot } from './snapshot';
import type { CurationState, UndoEntry } from './types';
import type { CurationResult } from './create';

async function currentSources(runner: Runner, ids: readonly string[]): Promise<string[]> {
  const { rows } = await runner.run<{ sources: string[] }>(
    `MATCH (n:Entity) WHERE n.id IN $ids
     UNWIND coalesce(n.sources, []) AS s
     RETURN collect(DISTINCT s) AS sources`,
    { ids: [...ids] },
  );
  return rows[0]?.sources ?? [];
}

/** Refuses to put back nodes whose facts now come from documents the snapshot did not know. */
async function assertSnapshotCurrent(
  runner: Runner,
  target: CurationState,
  snapshot: Snapshot,
): Promise<void> {
  if (snapshot.kind === 'relationship') {
    if (!snapshot.relationship) return;
    const { rows } = await runner.run<{ n: number }>(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n',
      {
        ids: [snapshot.relationship.from, snapshot.relationship.to],
      },
    );
    if ((rows[0]?.n ?? 0) < 2)
      throw conflict(
        `An end of the relationship ${describeEdit(target)} deleted is no longer in the graph, so it cannot come back.`,
      );
    return;
  }
  const known = snapshotSources(snapshot);
  const added = (await currentSources(runner, snapshot.ids)).filter((doc) => !known.has(doc));
  if (added.length === 0) return;
  const { rows } = await runner.run<{ name: string }>(
    'MATCH (d:Document) WHERE d.id IN $ids RETURN coalesce(d.file, d.id) AS name ORDER BY name',
    { ids: added },
  );
  throw conflict(
    `Documents loaded after ${describeEdit(target)} mention what it changed (${rows.map((r) => r.name).join(', ')}): ` +
      'putting those entities back as they were before would drop what these documents say of them. ' +
      'Make the opposite edit instead (split-alias after a merge, rename back, add or remove the alias).',
  );
}

/**
 * @example await undoCuration(gateway, log, curationId, 'Merged the wrong Secretaría de Salud', by)
 * @throws HttpProblem 404 (unknown id), 409 (already undone, a later edit in the way, new documents)
 */
export async function undoCuration(
  gateway: Gateway,
  log: CurationLog,
  id: string,
  note: string,
  by: string,
): Promise<Pick<CurationResult, 'curation'>> {
  return log.lock.run(async () => {
    const reader = readerOf(gateway);
    const target = await getCuration(reader, id, true);
    if (!target) throw notFound(`No curation has the id "${id}". GET /api/curations lists them.`);
    if (target.undone) throw conflict(`${describeEdit(target)} was already undone (${target.undoneAt}).`);
    const blocking = laterConflicts(target, await allCurations(reader));
    if (blocking.length > 0) {
      throw conflict(
        `Undo ${blocking.length === 1 ? 'this later edit' : 'these later edits, newest first,'} before ` +
          `${describeEdit(target)}: ${blocking.map(describeEdit).join('; ')}. ` +
          `${blocking.length === 1 ? 'It changed' : 'They changed'} what this edit touched, and undoing it would revert ` +
          `${blocking.length === 1 ? 'it' : 'them'} silently.`,
      );
    }
    const snapshot = target.snapshot;
    if (snapshot) await assertSnapshotCurrent(reader, target, snapshot);
    const undo: UndoEntry = { op: 'undo', target: id, note, at: new Date().toISOString(), by };
    const size = await logSize(log.file);
    try {
      await gateway.transaction(
        async (tx) => {
          if (snapshot) await restoreSnapshot(tx, snapshot);
          await markUndone(tx, id, undo);
          await appendLog(log.file, [undo]);
        },
        { metadata: { app: 'enlace', op: 'curation:undo' } },
      );
    } catch (error) {
      await truncateLog(log.file, size);
      throw error;
    }
    await bumpGraphVersion(gateway);
    return { curation: toCuration((await getCuration(reader, id))!) };
  });
}
