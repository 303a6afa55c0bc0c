// Re-applying the edits after an ingest, so that reloading documents never brings a corrected mistake
// back: the curation file and the graph's records are first made to agree (the file wins; edits only
// the graph knew are appended to it), then every edit in effect is applied again in order. Each apply
// does nothing where the edit is already in effect (a merge whose node is gone, a name already set).
import type { Gateway } from '../../db';
import { bumpGraphVersion } from '../graph-version';
import { readerOf } from './facts';
import { appendLog, readLog, type CurationLog } from './log';
import { opOf } from './ops';
import { allCurations, insertCuration, markUndone, saveSnapshot, setSequence } from './records';
import { restoreSnapshot, takeSnapshot } from './snapshot';
import { getCuration } from './records';
import type { EditEntry, LogEntry, UndoEntry } from './types';

export interface ReplaySummary {
  /** The curation file replayed. */
  file: string;
  /** Edits in effect (not undone). */
  active: number;
  /** Edits undone. */
  undone: number;
  /** Ids of the edits that changed the graph again (a reload had undone their effect). */
  changed: string[];
  /** Edits that could not be applied, and why (the others were). */
  failed: { id: string; op: string; reason: string }[];
  /** Edits read from the file that the graph did not record (a fresh database, a colleague's file). */
  fromFile: number;
  /** Edits the graph recorded that the file lacked, now appended to it. */
  toFile: number;
}

type Recorded = Awaited<ReturnType<typeof allCurations>>[number];

function asEntry(state: Recorded): EditEntry {
  const { id, op, params, note, at, by } = state;
  return { id, op, params, note, at, by } as EditEntry;
}

/** Brings the graph's records in line with the file, and the file up to date with the graph. */
async function synchronise(
  gateway: Gateway,
  log: CurationLog,
  entries: readonly LogEntry[],
): Promise<Pick<ReplaySummary, 'fromFile' | 'toFile'> & { undoneFromFile: number }> {
  const edits = entries.filter((entry): entry is EditEntry => entry.op !== 'undo');
  const undos = new Map<string, UndoEntry>();
  for (const entry of entries) if (entry.op === 'undo') undos.set(entry.target, entry);
  const recorded = new Map((await allCurations(readerOf(gateway))).map((state) => [state.id, state]));
  const inFile = new Set(edits.map((edit) => edit.id));
  const graphOnly = [...recorded.values()].filter((state) => !inFile.has(state.id));
  let fromFile = 0;
  let undoneFromFile = 0;

  await gateway.transaction(async (tx) => {
    for (const [index, edit] of edits.entries()) {
      const seq = index + 1;
      const state = recorded.get(edit.id);
      const undo = undos.get(edit.id);
      if (!state) {
        await insertCuration(tx, edit, opOf(edit.op).entities(edit.params), null, seq);
        if (undo) await markUndone(tx, edit.id, undo);
        fromFile++;
        continue;
      }
      if (state.seq !== seq) await setSequence(tx, edit.id, seq);
      if (undo && !state.undone) {
        // Undone elsewhere (the file came from another copy of the graph): put back what it touched.
        const full = await getCuration(tx, edit.id, true);
        if (full?.snapshot) await restoreSnapshot(tx, full.snapshot);
        await markUndone(tx, edit.id, undo);
        undoneFromFile++;
      }
    }
    for (const [index, state] of graphOnly.entries())
      await setSequence(tx, state.id, edits.length + index + 1);
  });
  const appended: LogEntry[] = graphOnly.flatMap((state): LogEntry[] => [
    asEntry(state),
    ...(state.undone
      ? [
          {
            op: 'undo',
            target: state.id,
            note: state.undoNote ?? '',
            at: state.undoneAt ?? '',
            by: state.undoneBy ?? '',
          } as UndoEntry,
        ]
      : []),
  ]);
  await appendLog(log.file, appended);
  return { fromFile, toFile: graphOnly.length, undoneFromFile };
}

/**
 * @example const summary = await replayCurations(gateway, log); // after ingestFiles
 * @throws CurationLogError when the file cannot be read (nothing is changed then)
 */
export async function replayCurations(gateway: Gateway, log: CurationLog): Promise<ReplaySummary> {
  return log.lock.run(async () => {
    const entries = await readLog(log.file);
    const synced = await synchronise(gateway, log, entries);
    const recorded = await allCurations(readerOf(gateway));
    const edits = recorded.filter((state) => !state.undone);
    const restored = new Set(
      edits.flatMap((e) => (e.op === 'restore-relationship' ? [e.params.deletion] : [])),
    );
    const summary: ReplaySummary = {
      file: log.file,
      active: edits.length,
      undone: recorded.length - edits.length,
      changed: [],
      failed: [],
      fromFile: synced.fromFile,
      toFile: synced.toFile,
    };
    for (const edit of edits) {
      if (edit.op === 'restore-relationship' || restored.has(edit.id)) continue;
      const op = opOf(edit.op);
      // A deletion's snapshot is taken anew each time it deletes again (a reload may have added evidence);
      // other edits keep the one taken when they were made, unless they have none (a rebuilt graph).
      const snapshotNow = edit.op === 'delete-relationship' || !edit.hasSnapshot;
      try {
        const changed = await gateway.transaction(
          async (tx) => {
            const snapshot = snapshotNow ? await takeSnapshot(tx, await op.scope(tx, edit.params)) : null;
            const applied = await op.apply(tx, edit.params, { curationId: edit.id, replay: true });
            if (applied && snapshot) await saveSnapshot(tx, edit.id, snapshot);
            return applied;
          },
          { metadata: { app: 'enlace', op: `curation-replay:${edit.op}` } },
        );
        if (changed) summary.changed.push(edit.id);
      } catch (error) {
        summary.failed.push({
          id: edit.id,
          op: edit.op,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (summary.changed.length > 0 || synced.undoneFromFile > 0) await bumpGraphVersion(gateway);
    return summary;
  });
}
