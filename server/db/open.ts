// Opens "the database" for a command or the server: an external Neo4j, the running embedded one, or a new one.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_ANSWER_TIMEOUT_MS } from './answer';
import type { DatabaseConfig } from './config';
import { databaseConfigFromEnv } from './config';
import type { StartOptions } from './embedded';
import { findRunningEmbedded, startEmbeddedNeo4j } from './embedded';
import type { PidRecord } from './pid-file';
import { translateDriverError } from './errors';

export interface DatabaseConnection {
  driver: Driver;
  /** The database name to pass to sessions (undefined: the server's default). */
  database: string | undefined;
  mode: 'external' | 'embedded';
  uri: string;
  /** True when this process started the embedded database (and close() stops it). */
  startedHere: boolean;
  /** How long to wait for the database to answer (ENLACE_DB_TIMEOUT). */
  answerTimeoutMs: number;
  /** The embedded database this connection attached to, started by another command (see ownerStopped). */
  attachedTo?: PidRecord;
  /** Closes the driver, and stops the embedded database if this process started it. */
  close(): Promise<void>;
}

/**
 * Integers come back as JS numbers: Enlace's counts and offsets are far below 2^53. Transient failures
 * (a lost connection, a deadlock) are retried for 5 s, not the driver's default 30 s, so a database that
 * is down is reported promptly (the API answers 503, an ingest stops with a clear message). A connection
 * is given up after the answer timeout: the pool's acquisition timeout also bounds the Bolt handshake,
 * which a frozen server (whose kernel still accepts connections) never answers.
 * @example neo4j.driver(uri, undefined, driverConfig(10_000))
 */
export function driverConfig(answerTimeoutMs: number = DEFAULT_ANSWER_TIMEOUT_MS) {
  return {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 5_000,
    connectionTimeout: Math.min(5_000, answerTimeoutMs),
    connectionAcquisitionTimeout: answerTimeoutMs,
  } as const;
}

export const DRIVER_CONFIG = driverConfig();

/**
 * Connects as the environment says: NEO4J_URI -> that server; otherwise the embedded Neo4j already
 * running on ENLACE_DATA_DIR, or a new one started for as long as this connection is open.
 * @example const db = await openDatabase(process.env, { onProgress: progressLines(process.stderr) });
 *          try { … } finally { await db.close(); }
 */
export function openDatabase(
  env: NodeJS.ProcessEnv,
  options: StartOptions = {},
): Promise<DatabaseConnection> {
  return connectDatabase(databaseConfigFromEnv(env), options);
}

/** openDatabase with a configuration already read (tests and benchmarks build their own). */
export async function connectDatabase(
  config: DatabaseConfig,
  options: StartOptions = {},
): Promise<DatabaseConnection> {
  const answerTimeoutMs = config.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  if (config.mode === 'external') {
    const driver = neo4j.driver(
      config.uri,
      neo4j.auth.basic(config.user, config.password),
      driverConfig(answerTimeoutMs),
    );
    try {
      await verify(driver, config.uri);
    } catch (error) {
      await driver.close();
      throw error;
    }
    return {
      driver,
      database: config.database,
      mode: 'external',
      uri: config.uri,
      startedHere: false,
      answerTimeoutMs,
      close: () => driver.close(),
    };
  }
  const running = await findRunningEmbedded(config);
  const server = running ? null : await startEmbeddedNeo4j(config, options);
  const uri = running?.uri ?? server!.uri;
  const driver = neo4j.driver(uri, undefined, driverConfig(answerTimeoutMs));
  try {
    await verify(driver, uri);
  } catch (error) {
    await driver.close();
    await server?.stop();
    throw error;
  }
  return {
    driver,
    database: config.database,
    mode: 'embedded',
    uri,
    startedHere: server !== null,
    answerTimeoutMs,
    ...(running ? { attachedTo: running } : {}),
    close: async () => {
      await driver.close();
      await server?.stop();
    },
  };
}

async function verify(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.getServerInfo();
  } catch (error) {
    throw translateDriverError(error, `connecting to ${uri}`);
  }
}
