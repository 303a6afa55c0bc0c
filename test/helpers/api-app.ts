// The API under test: the real Express app on the run's real Neo4j, with the seeds loaded.
import { join } from 'node:path';
import type { Express } from 'express';
import { ingestFiles } from '../../ingest/ingest-files';
import { loadAliasRules } from '../../ingest/resolve';
import { DEFAULT_SETTINGS, type ApiSettings } from '../../server/api/context';
import { createApp } from '../../server/app';
import { createGateway, databaseStatus } from '../../server/db';
import { clearGraph, testDatabase } from './database-hooks';
import { REPO_ROOT } from './run-cli';

export const TEST_TOKEN = 'test-token-for-the-api';
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

/** Empties the graph and ingests the seeds (with the shipped aliases), as a first start does. */
export async function loadSeeds(): Promise<void> {
  await clearGraph();
  const { driver, database } = testDatabase();
  const summary = await ingestFiles(driver, [SEEDS_DIR], {
    database,
    aliasRules: await loadAliasRules(join(REPO_ROOT, 'aliases.yml')),
  });
  if (summary.failures.length) throw new Error(`seeds failed: ${JSON.stringify(summary.failures)}`);
}

/** The app with every answer checked against its schema. */
export function apiApp(settings: Partial<ApiSettings> = {}): Express {
  const { driver, database, mode, uri } = testDatabase();
  return createApp({
    token: TEST_TOKEN,
    clientDir: join(REPO_ROOT, 'client', 'public'),
    validateResponses: true,
    log: () => {},
    context: {
      gateway: createGateway(driver, database),
      database: { mode, uri, status: () => databaseStatus(driver, database) },
      settings: { ...DEFAULT_SETTINGS, ...settings },
    },
  });
}
