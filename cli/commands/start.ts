// `enlace start`: the database (embedded unless NEO4J_URI), the seeds on an empty graph, the API and app.
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadAliasRules } from '../../ingest/resolve';
import { createApp } from '../../server/app';
import { createGateway, databaseStatus, type DatabaseConnection } from '../../server/db';
import { apiSettingsFromEnv } from '../../server/api/settings';
import { createCurationLog, replayCurations, type CurationLog } from '../../server/services/curation';
import { resolveApiToken } from '../../server/api-token';
import { closeServer, listen } from '../../server/listen';
import { openWithSchema } from '../database';
import {
  aliasFilePath,
  curationFilePath,
  databaseConfigDataDir,
  loadEnvironment,
  PACKAGE_ROOT,
} from '../environment';
import { formatReplaySummary, ingestWithCurations } from '../ingest-with-curations';
import { formatIngestSummary, stageProgress } from './ingest';

export const CLIENT_DIR = join(PACKAGE_ROOT, 'client', 'public');
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
  db: DatabaseConnection,
  env: NodeJS.ProcessEnv,
  curations: CurationLog,
  seed: boolean,
): Promise<void> {
  const gateway = createGateway(db.driver, db.database);
  const { rows } = await gateway.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  if (!seed || (rows[0]?.n ?? 0) > 0) {
    const replay = formatReplaySummary(await replayCurations(gateway, curations));
    if (replay) process.stderr.write(replay + '\n');
    return;
  }
  process.stderr.write(`The graph is empty: loading the sample press releases from ${SEEDS_DIR}\n`);
  const aliasPath = aliasFilePath(env);
  const progress = stageProgress();
  const summary = await ingestWithCurations(db.driver, [SEEDS_DIR], {
    database: db.database,
    aliasRules: aliasPath ? await loadAliasRules(aliasPath) : undefined,
    onProgress: progress.onProgress,
    curations,
  });
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
      try {
        const curations = createCurationLog(curationFilePath(env));
        await seedAndReplay(db, env, curations, env.ENLACE_SKIP_SEEDS !== '1');
        const token = resolveApiToken(env, databaseConfigDataDir(env));
        const app = createApp({
          clientDir: CLIENT_DIR,
          token: token.token,
          context: {
            gateway: createGateway(db.driver, db.database),
            database: { mode: db.mode, uri: db.uri, status: () => databaseStatus(db.driver, db.database) },
            settings: apiSettingsFromEnv(env),
            curations,
          },
        });
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
        await db.close();
      }
    });
}
