// Every ingest, whoever asks for it (`enlace ingest`, the seeding at `enlace start`, uploads): the
// documents are loaded, then the curation log is re-applied, so that a reload never brings back a
// mistake a researcher corrected. Here, where the command line joins ingest/ and server/.
import type { Driver } from 'neo4j-driver';
import { ingestFiles, type IngestOptions, type IngestSummary } from '../ingest/ingest-files';
import { createGateway, withWriteLock, type LockHolder } from '../server/db';
import { readLog, replayCurations, type CurationLog, type ReplaySummary } from '../server/services/curation';

export interface CuratedIngestOptions extends IngestOptions {
  /** The curation log re-applied after the load. */
  curations: CurationLog;
  /** Who writes, as another writer waiting for the database's write lock is told, e.g. "enlace ingest releases/". */
  owner?: string;
  /** Told when another writer holds the write lock, and again while the wait lasts. */
  onWait?: (holder: LockHolder, waitedMs: number) => void;
}

export type CuratedIngestSummary = IngestSummary & { curations: ReplaySummary };

/**
 * @example const summary = await ingestWithCurations(db.driver, ['releases/'], { database, curations: log });
 * @throws CurationLogError when the curation file cannot be read: nothing is loaded then
 */
export async function ingestWithCurations(
  driver: Driver,
  paths: string[],
  options: CuratedIngestOptions,
): Promise<CuratedIngestSummary> {
  // Read first: a broken curation file stops the ingest before anything is loaded.
  await readLog(options.curations.file);
  const { curations, owner = 'an ingest', onWait, ...ingestOptions } = options;
  // Two ingests, or an ingest and a curation, write in turn: each resolves against what the other wrote.
  const serialise = <T>(work: () => Promise<T>) =>
    withWriteLock(driver, options.database, { owner, onWait }, work);
  const summary = await ingestFiles(driver, paths, { ...ingestOptions, serialise });
  const replay = await replayCurations(
    createGateway(driver, options.database),
    lockedCurations(driver, options.database, curations, owner),
  );
  return { ...summary, curations: replay };
}

/**
 * The curation log whose edits, undos and replays also hold the database's write lock, so that a curation
 * never runs while another process (a command-line ingest) writes. The log's own lock is taken first, the
 * database's second, always in that order (the database's lock is re-entrant within one task).
 */
export function lockedCurations(
  driver: Driver,
  database: string | undefined,
  log: CurationLog,
  owner = 'a curation through the API',
  answerTimeoutMs?: number,
): CurationLog {
  const { lock } = log;
  return {
    ...log,
    lock: {
      run: (work) => lock.run(() => withWriteLock(driver, database, { owner, answerTimeoutMs }, work)),
    },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line (or a few) on what the replay did; empty when there is no edit at all. */
export function formatReplaySummary(summary: ReplaySummary): string {
  const lines: string[] = [];
  if (summary.active + summary.undone > 0) {
    const undone = summary.undone > 0 ? ` (${summary.undone} undone)` : '';
    lines.push(
      `Curations: ${plural(summary.active, 'edit')} in effect${undone} from ${summary.file}; ` +
        `${summary.changed.length} re-applied to reloaded facts.`,
    );
  }
  if (summary.fromFile > 0)
    lines.push(`  ${plural(summary.fromFile, 'edit')} read from the file into the graph.`);
  if (summary.toFile > 0)
    lines.push(`  ${plural(summary.toFile, 'edit')} the graph recorded but the file lacked, appended to it.`);
  for (const failure of summary.failed)
    lines.push(`  could not re-apply ${failure.op} ${failure.id}: ${failure.reason}`);
  return lines.join('\n');
}
