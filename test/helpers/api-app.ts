// The API under test: the real Express app on the run's real Neo4j, with the seeds loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { ingestFiles } from '../../ingest/ingest-files';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read';
import { loadAliasRules } from '../../ingest/resolve';
import { DEFAULT_SETTINGS, type ApiContext, type ApiSettings } from '../../server/api/context';
import { createApp } from '../../server/app';
import { createGateway, databaseStatus } from '../../server/db';
import { IngestJobs } from '../../server/services/ingest-jobs';
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

let sharedUploads: string | null = null;

/** One temporary uploads folder for the run, removed when the process exits. */
function sharedUploadsDir(): string {
  if (sharedUploads) return sharedUploads;
  const dir = mkdtempSync(join(tmpdir(), 'enlace-uploads-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (sharedUploads = dir);
}

export interface ApiAppOptions {
  /** Folder of the upload jobs (default: one temporary folder for the whole run). */
  uploadsDir?: string;
  /** The upload queue, to share one between apps (default: a new one on `uploadsDir`). */
  jobs?: IngestJobs;
}

/** The API's context on the run's database, wired as `enlace start` wires it. */
export function apiContext(settings: Partial<ApiSettings> = {}, options: ApiAppOptions = {}): ApiContext {
  const { driver, database, mode, uri } = testDatabase();
  const aliases = join(REPO_ROOT, 'aliases.yml');
  const folder = options.uploadsDir ?? sharedUploadsDir();
  return {
    gateway: createGateway(driver, database),
    database: { mode, uri, status: () => databaseStatus(driver, database) },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    ingest: async (paths, ingestOptions = {}) =>
      ingestFiles(driver, paths, { ...ingestOptions, database, aliasRules: await loadAliasRules(aliases) }),
    ingestFormats: SUPPORTED_EXTENSIONS,
    jobs: options.jobs ?? new IngestJobs({ folder, log: () => {} }),
  };
}

/** The app with every answer checked against its schema. */
export function apiApp(settings: Partial<ApiSettings> = {}, options: ApiAppOptions = {}): Express {
  return createApp({
    token: TEST_TOKEN,
    clientDir: join(REPO_ROOT, 'client', 'public'),
    validateResponses: true,
    log: () => {},
    context: apiContext(settings, options),
  });
}
