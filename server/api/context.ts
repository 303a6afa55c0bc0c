// What every API handler is given: the database gateway, the database's state, the settings, the ingest
// pipeline, the upload jobs and the curation log. Created once by createApp's caller and passed down;
// nothing here is global.
import type { DatabaseStatus, Gateway } from '../db';
import type { CurationLog } from '../services/curation';
import { defineRoute } from '../http/route';
import type { GraphCache } from '../services/graph-cache';
import type { IngestJobs } from '../services/ingest-jobs';
import type { IngestRunner } from '../services/ingest-runner';

export interface ApiSettings {
  /** Server-side time limit of researcher queries (POST /api/cypher, exports by query). */
  queryTimeoutMs: number;
  /** Most rows a researcher query returns. */
  maxRows: number;
  /** Time limit of the API's own queries (search, entity, neighbourhood…). */
  readTimeoutMs: number;
  /** Largest file an upload may carry (ENLACE_UPLOAD_MAX_MB). */
  uploadMaxFileBytes: number;
  /** Most files in one upload (ENLACE_UPLOAD_MAX_FILES). */
  uploadMaxFiles: number;
  /** Largest upload, all files together (ENLACE_UPLOAD_MAX_TOTAL_MB). */
  uploadMaxTotalBytes: number;
  /** Interval of the heartbeat comments on event streams. */
  eventHeartbeatMs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_SETTINGS: ApiSettings = {
  queryTimeoutMs: 15_000,
  maxRows: 10_000,
  readTimeoutMs: 30_000,
  uploadMaxFileBytes: 25 * MB,
  uploadMaxFiles: 500,
  uploadMaxTotalBytes: 500 * MB,
  eventHeartbeatMs: 15_000,
};

export interface DatabaseInfo {
  mode: 'embedded' | 'external';
  uri: string;
  status(): Promise<DatabaseStatus>;
}

export interface ApiContext {
  gateway: Gateway;
  database: DatabaseInfo;
  settings: ApiSettings;
  /**
   * The ingest pipeline, as `enlace ingest` runs it (`ingestFiles` with the driver, database and curated
   * aliases bound by the composition root).
   */
  ingest: IngestRunner;
  /** File extensions the ingest reads, lower case with the dot. */
  ingestFormats: readonly string[];
  /** The upload jobs: queue, history, progress. */
  jobs: IngestJobs;
  /** The curation file, and the lock that makes edits, undos and replays take turns. */
  curations: CurationLog;
  /** Analytics and layouts of the whole graph, kept until the graph version changes. */
  graphCache: GraphCache;
}

/** defineRoute bound to the API's context. */
export const apiRoute = defineRoute<ApiContext>();
