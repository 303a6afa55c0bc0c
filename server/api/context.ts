// What every API handler is given: the database gateway, the database's state, the settings, and the
// curation log.
// Created once by createApp and passed down; nothing here is global.
import type { DatabaseStatus, Gateway } from '../db';
import type { CurationLog } from '../services/curation';
import { defineRoute } from '../http/route';

export interface ApiSettings {
  /** Server-side time limit of researcher queries (POST /api/cypher, exports by query). */
  queryTimeoutMs: number;
  /** Most rows a researcher query returns. */
  maxRows: number;
  /** Time limit of the API's own queries (search, entity, neighbourhood…). */
  readTimeoutMs: number;
}

export const DEFAULT_SETTINGS: ApiSettings = {
  queryTimeoutMs: 15_000,
  maxRows: 10_000,
  readTimeoutMs: 30_000,
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
  /** The curation file, and the lock that makes edits, undos and replays take turns. */
  curations: CurationLog;
}

/** defineRoute bound to the API's context. */
export const apiRoute = defineRoute<ApiContext>();
