// `enlace start`: the database (embedded unless NEO4J_URI), the seeds on an empty graph, the API and app.
import { join } from 'node:path';
import type { Command } from 'commander';
import { ingestFiles, type IngestOptions, type IngestSummary } from '../../ingest/ingest-files';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read';
import { loadAliasRules } from '../../ingest/resolve';
import { createApp } from '../../server/app';
import { createGateway, databaseStatus, type DatabaseConnection } from '../../server/db';
import { apiSettingsFromEnv } from '../../server/api/settings';
import { resolveApiToken } from '../../server/api-token';
import { IngestJobs } from '../../server/services/ingest-jobs';
import { closeServer, listen } from '../../server/listen';
import { openWithSchema } from '../database';
import { aliasFilePath, databaseConfigDataDir, loadEnvironment, PACKAGE_ROOT } from '../environment';
import { formatIngestSummary, stageProgress } from './ingest';

export const CLIENT_DIR = join(PACKAGE_ROOT, 'client', 'public');
const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

type BoundIngest = (
  paths: string[],
  options?: Omit<IngestOptions, 'database' | 'aliasRules'>,
) => Promise<IngestSummary>;

/**
 * The ingest as the server runs it (the seeds, every upload): on this database, with the curated aliases
 * read afresh each time, since they may have been edited meanwhile.
 */
function bindIngest(db: DatabaseConnection, env: NodeJS.ProcessEnv): BoundIngest {
  const aliasPath = aliasFilePath(env);
  return async (paths, options = {}) =>
    ingestFiles(db.driver, paths, {
      ...options,
      database: db.database,
      aliasRules: aliasPath ? await loadAliasRules(aliasPath) : undefined,
    });
}

/** Loads the sample corpus when the graph has no document yet, so a first start shows something. */
async function seedIfEmpty(db: DatabaseConnection, ingest: BoundIngest): Promise<void> {
  const gateway = createGateway(db.driver, db.database);
  const { rows } = await gateway.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  if ((rows[0]?.n ?? 0) > 0) return;
  process.stderr.write(`The graph is empty: loading the sample press releases from ${SEEDS_DIR}\n`);
  const progress = stageProgress();
  const summary = await ingest([SEEDS_DIR], { onProgress: progress.onProgress });
  progress.stop();
  process.stderr.write(formatIngestSummary(summary) + '\n');
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
        const ingest = bindIngest(db, env);
        if (env.ENLACE_SKIP_SEEDS !== '1') await seedIfEmpty(db, ingest);
        const dataDir = databaseConfigDataDir(env);
        const token = resolveApiToken(env, dataDir);
        const app = createApp({
          clientDir: CLIENT_DIR,
          token: token.token,
          context: {
            gateway: createGateway(db.driver, db.database),
            database: { mode: db.mode, uri: db.uri, status: () => databaseStatus(db.driver, db.database) },
            settings: apiSettingsFromEnv(env),
            ingest,
            ingestFormats: SUPPORTED_EXTENSIONS,
            jobs: new IngestJobs({ folder: join(dataDir, 'uploads') }),
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
