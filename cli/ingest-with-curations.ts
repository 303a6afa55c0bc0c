// Every ingest, whoever asks for it (`enlace ingest`, the seeding at `enlace start`, uploads): the
// documents are loaded, then the curation log is re-applied, so that a reload never brings back a
// mistake a researcher corrected. Here, where the command line joins ingest/ and server/.
import type { Driver } from 'neo4j-driver';
import { ingestFiles, type IngestOptions, type IngestSummary } from '../ingest/ingest-files';
import { createGateway } from '../server/db';
import { readLog, replayCurations, type CurationLog, type ReplaySummary } from '../server/services/curation';

export interface CuratedIngestOptions extends IngestOptions {
  /** The curation log re-applied after the load. */
  curations: CurationLog;
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
  const { curations, ...ingestOptions } = options;
  const summary = await ingestFiles(driver, paths, ingestOptions);
  const replay = await replayCurations(createGateway(driver, options.database), curations);
  return { ...summary, curations: replay };
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
