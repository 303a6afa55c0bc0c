// The composition root of the API: the context every handler receives, wired once for `enlace start`
// and for the tests, so both run the same ingest (with curated aliases and the curation replay), the
// same upload queue and the same curation log.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { SUPPORTED_EXTENSIONS } from '../ingest/read';
import { loadAliasRules } from '../ingest/resolve';
import type { ApiContext, ApiSettings } from '../server/api/context';
import { createGateway, databaseStatus } from '../server/db';
import type { CurationLog } from '../server/services/curation';
import { GraphCache } from '../server/services/graph-cache';
import { IngestJobs } from '../server/services/ingest-jobs';
import type { IngestRunner } from '../server/services/ingest-runner';
import type { IngestOptions } from '../ingest/ingest-files';
import type { ExtractorPool } from '../ingest/extractor-pool';
import { ingestWithCurations, lockedCurations, type CuratedIngestSummary } from './ingest-with-curations';

export interface ApiWiring {
  driver: Driver;
  database: string | undefined;
  mode: 'embedded' | 'external';
  uri: string;
  /** How long to wait for the database to answer (ENLACE_DB_TIMEOUT; default 30 s). */
  answerTimeoutMs?: number;
  settings: ApiSettings;
  /** The curated alias file, read afresh at every ingest (it may be edited meanwhile). */
  aliasFile: string | null;
  curations: CurationLog;
  /** Folder of the upload jobs. */
  uploadsDir: string;
  /** Where the upload queue logs failures (stderr by default). */
  log?: (line: string) => void;
  /** Extraction workers kept from one ingest to the next (default: new ones for each ingest). */
  extractors?: ExtractorPool;
}

export type BoundIngest = (
  paths: string[],
  options?: Pick<IngestOptions, 'force' | 'onProgress'>,
) => Promise<CuratedIngestSummary>;

/** Every ingest the server runs (seeds, uploads): aliases applied, curations replayed afterwards. */
export function boundIngest(
  w: Pick<ApiWiring, 'driver' | 'database' | 'aliasFile' | 'curations' | 'extractors'>,
  owner = 'an upload through the API',
): BoundIngest {
  const curations = lockedCurations(w.driver, w.database, w.curations);
  return async (paths, options = {}) =>
    ingestWithCurations(w.driver, paths, {
      ...options,
      database: w.database,
      aliasRules: w.aliasFile ? await loadAliasRules(w.aliasFile) : undefined,
      curations,
      owner,
      extractors: w.extractors,
    });
}

/**
 * @example const context = apiContext({ driver, database, mode: 'embedded', uri, settings, aliasFile, curations, uploadsDir });
 */
export function apiContext(w: ApiWiring, ingest: BoundIngest = boundIngest(w)): ApiContext {
  return {
    gateway: createGateway(w.driver, w.database, { answerTimeoutMs: w.answerTimeoutMs }),
    database: {
      mode: w.mode,
      uri: w.uri,
      status: () => databaseStatus(w.driver, w.database, w.answerTimeoutMs),
    },
    settings: w.settings,
    ingest: ingest satisfies IngestRunner,
    ingestFormats: SUPPORTED_EXTENSIONS,
    jobs: new IngestJobs({ folder: w.uploadsDir, ...(w.log ? { log: w.log } : {}) }),
    curations: lockedCurations(w.driver, w.database, w.curations, undefined, w.answerTimeoutMs),
    graphCache: new GraphCache(),
  };
}

/** The uploads folder inside the data folder. */
export const uploadsFolder = (dataDir: string): string => join(dataDir, 'uploads');
