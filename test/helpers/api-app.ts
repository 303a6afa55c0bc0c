// The API under test: the real Express app on the run's real Neo4j, with the seeds loaded, wired by the
// same composition root as `enlace start` (cli/api-context.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { apiContext as wireApiContext } from '../../cli/api-context';
import { ingestFiles } from '../../ingest/ingest-files';
import { loadAliasRules } from '../../ingest/resolve';
import { DEFAULT_SETTINGS, type ApiContext, type ApiSettings } from '../../server/api/context';
import { createApp } from '../../server/app';
import { createCurationLog, type CurationLog } from '../../server/services/curation';
import type { IngestJobs } from '../../server/services/ingest-jobs';
import { clearGraph, testDatabase } from './database-hooks';
import { TEST_EXTRACTORS } from './extractors';
import { REPO_ROOT } from './run-cli';

export const TEST_TOKEN = 'test-token-for-the-api';
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
const ALIASES = join(REPO_ROOT, 'aliases.yml');

/** The curation file of apps made without one: emptied with the graph by loadSeeds. */
const DEFAULT_CURATIONS = createCurationLog(join(tmpdir(), `enlace-test-curations-${process.pid}.jsonl`));

/** Empties the graph (and the default curation file) and ingests the seeds with the shipped aliases. */
export async function loadSeeds(): Promise<void> {
  await clearGraph();
  rmSync(DEFAULT_CURATIONS.file, { force: true });
  const { driver, database } = testDatabase();
  const summary = await ingestFiles(driver, [SEEDS_DIR], {
    database,
    extractors: TEST_EXTRACTORS,
    aliasRules: await loadAliasRules(ALIASES),
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
  /** The curation log (default: one temporary file, emptied by loadSeeds). */
  curations?: CurationLog;
  /** Folder of the browser app served at / (default: client/public; the browser tests serve client/dist). */
  clientDir?: string;
}

/** The API's context on the run's database, wired as `enlace start` wires it. */
export function apiContext(settings: Partial<ApiSettings> = {}, options: ApiAppOptions = {}): ApiContext {
  const { driver, database, mode, uri } = testDatabase();
  const context = wireApiContext({
    driver,
    database,
    mode,
    uri,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    aliasFile: ALIASES,
    curations: options.curations ?? DEFAULT_CURATIONS,
    uploadsDir: options.uploadsDir ?? sharedUploadsDir(),
    log: () => {},
    extractors: TEST_EXTRACTORS,
  });
  return options.jobs ? { ...context, jobs: options.jobs } : context;
}

/** The app with every answer checked against its schema. */
export function apiApp(settings: Partial<ApiSettings> = {}, options: ApiAppOptions = {}): Express {
  return createApp({
    token: TEST_TOKEN,
    clientDir: options.clientDir ?? join(REPO_ROOT, 'client', 'public'),
    validateResponses: true,
    log: () => {},
    context: apiContext(settings, options),
  });
}
