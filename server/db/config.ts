// Where the database is: an external Neo4j (NEO4J_URI) or the embedded one under ENLACE_DATA_DIR.
import { join, resolve } from 'node:path';
import { DEFAULT_ANSWER_TIMEOUT_MS } from './answer';
import { DatabaseConfigError } from './errors';

export interface ExternalDatabaseConfig {
  mode: 'external';
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database: string | undefined;
  /** ENLACE_DB_TIMEOUT in ms: how long to wait for the database to answer (default 30 s). */
  answerTimeoutMs?: number;
}

export interface EmbeddedDatabaseConfig {
  mode: 'embedded';
  /** ENLACE_DATA_DIR, absolute. */
  dataDir: string;
  /** The Neo4j store: <dataDir>/neo4j. */
  storeDir: string;
  /** ENLACE_BOLT_PORT: Bolt listens on 127.0.0.1:<boltPort>. */
  boltPort: number;
  /** JVM heap (-Xmx), e.g. "1g": ENLACE_NEO4J_HEAP. */
  heap: string;
  /** Neo4j page cache, e.g. "512m": ENLACE_NEO4J_PAGE_CACHE. */
  pageCache: string;
  /**
   * Memory one transaction may use (db.memory.transaction.max), e.g. "512m", or "0" for no limit:
   * ENLACE_NEO4J_TRANSACTION_MEMORY. Unset: a share of the heap (defaultTransactionMemory).
   */
  transactionMemory?: string;
  database: string;
  /** ENLACE_DB_TIMEOUT in ms: how long to wait for the database to answer (default 30 s). */
  answerTimeoutMs?: number;
  /** More options for the database's Java process (ENLACE_NEO4J_JAVA_OPTS, split at spaces). */
  javaOptions?: string[];
}

export type DatabaseConfig = ExternalDatabaseConfig | EmbeddedDatabaseConfig;

export const EMBEDDED_DEFAULTS = {
  dataDir: './data',
  boltPort: 7687,
  heap: '1g',
  pageCache: '512m',
  database: 'neo4j',
} as const;

const MEMORY_SIZE = /^\d+[kmg]$/i;
const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/**
 * Reads the database configuration from the environment.
 * @example databaseConfigFromEnv({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 's' })
 *   // -> { mode: 'external', uri: 'neo4j+s://…', user: 'neo4j', password: 's', database: undefined }
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): DatabaseConfig {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const scheme = uri.split('://')[0] ?? '';
    if (!uri.includes('://') || !URI_SCHEMES.includes(scheme)) {
      throw new DatabaseConfigError(
        `NEO4J_URI must start with one of ${URI_SCHEMES.map((s) => `${s}://`).join(', ')}; got "${uri}"`,
      );
    }
    return {
      mode: 'external',
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE?.trim() || undefined,
      answerTimeoutMs: answerTimeoutFromEnv(env.ENLACE_DB_TIMEOUT),
    };
  }
  const dataDir = resolve(cwd, env.ENLACE_DATA_DIR?.trim() || EMBEDDED_DEFAULTS.dataDir);
  return {
    mode: 'embedded',
    dataDir,
    storeDir: join(dataDir, 'neo4j'),
    boltPort: parsePort(env.ENLACE_BOLT_PORT),
    heap: parseMemory('ENLACE_NEO4J_HEAP', env.ENLACE_NEO4J_HEAP, EMBEDDED_DEFAULTS.heap),
    pageCache: parseMemory(
      'ENLACE_NEO4J_PAGE_CACHE',
      env.ENLACE_NEO4J_PAGE_CACHE,
      EMBEDDED_DEFAULTS.pageCache,
    ),
    ...transactionMemoryFromEnv(env.ENLACE_NEO4J_TRANSACTION_MEMORY),
    database: EMBEDDED_DEFAULTS.database,
    answerTimeoutMs: answerTimeoutFromEnv(env.ENLACE_DB_TIMEOUT),
    ...javaOptionsFromEnv(env.ENLACE_NEO4J_JAVA_OPTS),
  };
}

/** ENLACE_NEO4J_JAVA_OPTS: JVM options, each starting with "-" (a typo is said now, not as a JVM crash). */
function javaOptionsFromEnv(value: string | undefined): { javaOptions?: string[] } {
  const options = (value ?? '').split(/\s+/).filter(Boolean);
  const wrong = options.find((option) => !option.startsWith('-'));
  if (wrong !== undefined)
    throw new DatabaseConfigError(
      `ENLACE_NEO4J_JAVA_OPTS holds JVM options, each starting with "-" (e.g. -XX:TieredStopAtLevel=1); got "${wrong}"`,
    );
  return options.length ? { javaOptions: options } : {};
}

/** ENLACE_DB_TIMEOUT: seconds, a positive number up to an hour. */
function answerTimeoutFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_ANSWER_TIMEOUT_MS;
  const secondsValue = Number(value.trim());
  if (!(secondsValue >= 1 && secondsValue <= 3600)) {
    throw new DatabaseConfigError(
      `ENLACE_DB_TIMEOUT must be a number of seconds from 1 to 3600; got "${value}"`,
    );
  }
  return Math.round(secondsValue * 1000);
}

function transactionMemoryFromEnv(value: string | undefined): { transactionMemory?: string } {
  if (value === undefined || value.trim() === '') return {};
  if (value.trim() === '0') return { transactionMemory: '0' };
  return { transactionMemory: parseMemory('ENLACE_NEO4J_TRANSACTION_MEMORY', value, '') };
}

/**
 * Share of the heap one transaction may take by default: enough for the loader's largest
 * transactions (see bench/load.ts), small enough that a runaway query fails alone.
 */
export const TRANSACTION_MEMORY_SHARE = 0.5;

/**
 * The per-transaction memory limit in MiB (0: none) for an embedded configuration.
 * @example transactionMemoryMebibytes({ heap: '1g' }) // 512
 */
export function transactionMemoryMebibytes(
  config: Pick<EmbeddedDatabaseConfig, 'heap' | 'transactionMemory'>,
): number {
  if (config.transactionMemory === '0') return 0;
  if (config.transactionMemory) return memoryToMebibytes(config.transactionMemory);
  return Math.max(16, Math.floor(memoryToMebibytes(config.heap) * TRANSACTION_MEMORY_SHARE));
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return EMBEDDED_DEFAULTS.boltPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DatabaseConfigError(`ENLACE_BOLT_PORT must be a port number (1-65535); got "${value}"`);
  }
  return port;
}

function parseMemory(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value.trim() === '') return fallback;
  if (!MEMORY_SIZE.test(value.trim())) {
    throw new DatabaseConfigError(`${name} must be a size such as 512m or 2g; got "${value}"`);
  }
  return value.trim().toLowerCase();
}

/** "512m" -> 512, "2g" -> 2048, "4096k" -> 4 (whole mebibytes, at least 1). */
export function memoryToMebibytes(size: string): number {
  const amount = Number(size.slice(0, -1));
  const unit = size.slice(-1).toLowerCase();
  const mebibytes = unit === 'g' ? amount * 1024 : unit === 'm' ? amount : amount / 1024;
  return Math.max(1, Math.floor(mebibytes));
}
