// The API under test: the real Express app on the run's real Neo4j, with the seeds loaded.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { ingestFiles } from '../../ingest/ingest-files';
import { loadAliasRules } from '../../ingest/resolve';
import { DEFAULT_SETTINGS, type ApiSettings } from '../../server/api/context';
import { createApp } from '../../server/app';
import { createGateway, databaseStatus } from '../../server/db';
import { createCurationLog, type CurationLog } from '../../server/services/curation';
import { clearGraph, testDatabase } from './database-hooks';
import { REPO_ROOT } from './run-cli';

export const TEST_TOKEN = 'test-token-for-the-api';
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

/** The curation file of apps made without one: emptied with the graph by loadSeeds. */
const DEFAULT_CURATIONS = createCurationLog(join(tmpdir(), `enlace-test-curations-${process.pid}.jsonl`));

/** Empties the graph (and the default curation file) and ingests the seeds with the shipped aliases. */
export async function loadSeeds(): Promise<void> {
  await clearGraph();
  rmSync(DEFAULT_CURATIONS.file, { force: true });
  const { driver, database } = testDatabase();
  const summary = await ingestFiles(driver, [SEEDS_DIR], {
    database,
    aliasRules: await loadAliasRules(join(REPO_ROOT, 'aliases.yml')),
  });
  if (summary.failures.length) throw new Error(`seeds failed: ${JSON.stringify(summary.failures)}`);
}

/** The app with every answer checked against its schema. */
export function apiApp(
  settings: Partial<ApiSettings> = {},
  curations: CurationLog = DEFAULT_CURATIONS,
): Express {
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
      curations,
    },
  });
}
