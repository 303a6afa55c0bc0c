// `enlace start`: the database (embedded unless NEO4J_URI), the seeds on an empty graph, the API and app.
import { join } from 'node:path';
import type { Command } from 'commander';
import { CLIENT_DIST, ensureClientBuilt } from '../../client/build';
import { createApp } from '../../server/app';
import { apiSettingsFromEnv } from '../../server/api/settings';
import { resolveApiToken } from '../../server/api-token';
import type { Gateway } from '../../server/db';
import { createCurationLog, replayCurations, type CurationLog } from '../../server/services/curation';
import { closeServer, listen } from '../../server/listen';
import { apiContext, boundIngest, uploadsFolder, type BoundIngest } from '../api-context';
import { openWithSchema } from '../database';
import {
  aliasFilePath,
  curationFilePath,
  databaseConfigDataDir,
  loadEnvironment,
  PACKAGE_ROOT,
} from '../environment';
import { formatReplaySummary } from '../ingest-with-curations';
import { ExtractorPool } from '../../ingest/extractor-pool';
import { formatIngestSummary, stageProgress } from './ingest';

export const CLIENT_DIR = CLIENT_DIST;
const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

/**
 * Loads the sample corpus when the graph has no document yet, so a first start shows something; the
 * curation file is re-applied either way (it may hold edits this graph has not seen, e.g. after the
 * database was wiped or the file came from a colleague).
 */
async function seedAndReplay(
  gateway: Gateway,
  ingest: BoundIngest,
  curations: CurationLog,
  seed: boolean,
): Promise<void> {
  const { rows } = await gateway.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  if (!seed || (rows[0]?.n ?? 0) > 0) {
    const replay = formatReplaySummary(await replayCurations(gateway, curations));
    if (replay) process.stderr.write(replay + '\n');
    return;
  }
  process.stderr.write(`The graph is empty: loading the sample press releases from ${SEEDS_DIR}\n`);
  const progress = stageProgress();
  const summary = await ingest([SEEDS_DIR], { onProgress: progress.onProgress });
  progress.stop();
  const replay = formatReplaySummary(summary.curations);
  process.stderr.write(formatIngestSummary(summary) + '\n' + (replay ? replay + '\n' : ''));
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the database, load the seeds into an empty graph, and serve the API and app')
    .action(async () => {
      const env = loadEnvironment();
      const port = parsePort(env.PORT);
      const db = await openWithSchema(env);
      const extractors = new ExtractorPool();
      try {
        const dataDir = databaseConfigDataDir(env);
        const wiring = {
          driver: db.driver,
          database: db.database,
          mode: db.mode,
          uri: db.uri,
          answerTimeoutMs: db.answerTimeoutMs,
          settings: apiSettingsFromEnv(env),
          aliasFile: aliasFilePath(env),
          curations: createCurationLog(curationFilePath(env)),
          uploadsDir: uploadsFolder(dataDir),
          extractors,
        };
        const ingest = boundIngest(wiring);
        const context = apiContext(wiring, ingest);
        await seedAndReplay(context.gateway, ingest, wiring.curations, env.ENLACE_SKIP_SEEDS !== '1');
        const token = resolveApiToken(env, dataDir);
        await ensureClientBuilt((line) => process.stderr.write(line + '\n'));
        const app = createApp({ clientDir: CLIENT_DIR, token: token.token, context });
        const host = env.HOST?.trim() || '127.0.0.1';
        const server = await listen(app, port, host);
        const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
        process.stdout.write(
          `Enlace is running at http://${shown}:${port}/?token=${token.token}\n` +
            `(database ${db.mode} at ${db.uri}; open the link to explore and edit, Ctrl-C stops it)\n`,
        );
        await untilSignal();
        process.stdout.write('Stopping Enlace…\n');
        await closeServer(server);
      } finally {
        await extractors.close();
        await db.close();
      }
    });
}
