// `enlace ingest PATH...`: read, extract, resolve and load documents, with progress and a summary.
import type { Command } from 'commander';
import type { IngestSummary } from '../../ingest/ingest-files';
import type { PipelineProgress } from '../../ingest/pipeline';
import { loadAliasRules } from '../../ingest/resolve';
import { FILE_BUDGET, type FileBudget } from '../../ingest/guarded-extract';
import { describeHolder } from '../../server/db';
import { createCurationLog, readLog } from '../../server/services/curation';
import { withDatabase } from '../database';
import { aliasFilePath, curationFilePath, loadEnvironment } from '../environment';
import { formatReplaySummary, ingestWithCurations } from '../ingest-with-curations';
import { createStageProgress } from '../progress';

/** A line per stage (extract and load overlap), each updated in place. */
export function stageProgress(): { onProgress: (p: PipelineProgress) => void; stop: () => void } {
  const bars = createStageProgress();
  return {
    onProgress: (p) => bars.update(p.stage, p.done, p.total, p.file ?? ''),
    stop: () => bars.stop(),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const grouped = (n: number) => n.toLocaleString('en-US');

/** "+85", "-12" or "no change": a net change, signed. */
export function signedChange(change: number): string {
  if (change === 0) return 'no change';
  return `${change > 0 ? '+' : '-'}${grouped(Math.abs(change))}`;
}

/**
 * The summary `enlace ingest` prints. The graph line reports net changes (counts before and after), so a
 * reload that replaces nodes never claims "+85 nodes" while the graph shrank; merges are named only when
 * resolution joined something.
 * @example formatIngestSummary(summary).split('\n')[0] // 'Documents: 2 files read; 2 loaded, 0 reloaded, …'
 */
export function formatIngestSummary(summary: IngestSummary): string {
  const { load, graph } = summary;
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  const merged = summary.merges > 0 ? ` (${plural(summary.merges, 'merge')} across documents)` : '';
  // An edited file replaces its earlier version: said apart from forced and re-resolved reloads.
  const changed = load.changed > 0 ? ` (${load.changed} changed since last loaded)` : '';
  const lines = [
    `Documents: ${plural(summary.files, 'file')} read; ${load.loaded} loaded, ${load.reloaded} reloaded${changed}, ` +
      `${load.unchanged} unchanged (already in the graph), ${summary.failures.length} failed.`,
    `Entities: ${list(summary.entities)}${merged}.`,
    `Relations: ${list(summary.relations)}.`,
    `Graph: ${grouped(graph.after.nodes)} nodes (${signedChange(graph.after.nodes - graph.before.nodes)}), ` +
      `${grouped(graph.after.relationships)} relationships ` +
      `(${signedChange(graph.after.relationships - graph.before.relationships)}) in ${load.seconds.toFixed(1)} s.`,
  ];
  if (summary.reresolved > 0)
    lines.push(
      `${plural(summary.reresolved, 'document')} already in the graph ${summary.reresolved === 1 ? 'was' : 'were'} ` +
        'rewritten: what resolution makes of them changed with the new ones.',
    );
  if (summary.legacy > 0)
    lines.push(
      `${plural(summary.legacy, 'document')} ${summary.legacy === 1 ? 'was' : 'were'} loaded by an older version: ` +
        'their entities were taken as they are. Reload them with --force (e.g. the whole folder) so that ids ' +
        'no longer depend on the order documents arrived in.',
    );
  for (const f of summary.failures) lines.push(`  failed ${f.file}: ${f.reason}`);
  if (summary.separateInGraph.length > 0) {
    lines.push('Curated aliases now join entities that are still separate nodes in the graph:');
    for (const { label, name, id, others } of summary.separateInGraph)
      lines.push(
        `  ${label} "${name}" (${id}) and ${others.map((other) => `"${other.name}" (${other.id})`).join(', ')}`,
      );
    lines.push('Reload the documents that mention them with --force (e.g. the whole folder) to merge them.');
  }
  if (load.unchanged > 0) lines.push('Use --force to reload documents already in the graph.');
  return lines.join('\n');
}

/** The per-file budget, from ENLACE_FILE_TIME_LIMIT (seconds) and ENLACE_FILE_MEMORY_LIMIT (MB). */
export function fileBudgetFromEnv(env: NodeJS.ProcessEnv): FileBudget {
  const read = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!(n > 0)) throw new Error(`${name} must be a positive number, got "${value}"`);
    return n;
  };
  return {
    timeMs: read('ENLACE_FILE_TIME_LIMIT', FILE_BUDGET.timeMs / 1000) * 1000,
    memoryMb: read('ENLACE_FILE_MEMORY_LIMIT', FILE_BUDGET.memoryMb),
  };
}

/** Extraction threads from ENLACE_WORKERS (a whole number from 1), or undefined for one per core. */
export function workersFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.ENLACE_WORKERS;
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`ENLACE_WORKERS must be a whole number from 1, got "${value}"`);
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, extract, resolve and load documents into the graph')
    .argument('<paths...>', 'files or folders (txt, md, html, docx, pdf)')
    .option('--force', 'reload documents that are already in the graph')
    .action(async (paths: string[], options: { force?: boolean }) => {
      const env = loadEnvironment();
      const aliasPath = aliasFilePath(env);
      const aliasRules = aliasPath ? await loadAliasRules(aliasPath) : undefined;
      const curations = createCurationLog(curationFilePath(env));
      await readLog(curations.file); // a broken curation file stops here, before the database is opened
      const summary = await withDatabase(env, async (db) => {
        const progress = stageProgress();
        try {
          return await ingestWithCurations(db.driver, paths, {
            database: db.database,
            aliasRules,
            force: options.force,
            onProgress: progress.onProgress,
            curations,
            owner: `enlace ingest ${paths.join(' ')}`,
            fileBudget: fileBudgetFromEnv(env),
            workers: workersFromEnv(env),
            onWait: (holder, waited) =>
              process.stderr.write(
                `${waited < 1_000 ? 'Waiting' : 'Still waiting'}: ${describeHolder(holder)} is writing to the graph; ` +
                  'this ingest goes on when it is done.\n',
              ),
          });
        } finally {
          progress.stop();
        }
      });
      const replay = formatReplaySummary(summary.curations);
      process.stdout.write(formatIngestSummary(summary) + '\n' + (replay ? replay + '\n' : ''));
      if (summary.failures.length > 0 || summary.curations.failed.length > 0) process.exitCode = 1;
    });
}
