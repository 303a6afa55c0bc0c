// What `enlace db start|stop|status` do; the CLI wires these to commander and passes a logger.
import neo4j from 'neo4j-driver';
import type { DatabaseConfig } from './config';
import type { StartOptions } from './embedded';
import { findRunningEmbedded, startEmbeddedNeo4j, stopEmbeddedFromPidFile } from './embedded';
import { DatabaseConfigError } from './errors';
import { DRIVER_CONFIG } from './open';
import { applySchema } from './schema';
import type { DatabaseStatus } from './status';
import { databaseStatus } from './status';

export interface DbLogger {
  info(message: string): void;
}

export interface DbStatusReport {
  mode: 'embedded' | 'external';
  uri: string;
  /** Embedded: a launcher process serves the store. External: the server answered. */
  running: boolean;
  pid?: number;
  storeDir?: string;
  status: DatabaseStatus;
}

/**
 * `enlace db status`: mode, URI, running or not, version and counts. Never starts anything.
 * @example console.log(formatDbStatus(await dbStatus(databaseConfigFromEnv(process.env))));
 */
export async function dbStatus(config: DatabaseConfig): Promise<DbStatusReport> {
  if (config.mode === 'external') {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), DRIVER_CONFIG);
    try {
      const status = await databaseStatus(driver, config.database);
      return { mode: 'external', uri: config.uri, running: status.connected, status };
    } finally {
      await driver.close();
    }
  }
  const running = await findRunningEmbedded(config);
  const uri = running?.uri ?? `bolt://127.0.0.1:${config.boltPort}`;
  if (!running) {
    return {
      mode: 'embedded',
      uri,
      running: false,
      storeDir: config.storeDir,
      status: { connected: false, error: 'not running (start it with "enlace db start" or "enlace start")' },
    };
  }
  const driver = neo4j.driver(uri, undefined, DRIVER_CONFIG);
  try {
    const status = await databaseStatus(driver, config.database);
    return { mode: 'embedded', uri, running: true, pid: running.pid, storeDir: config.storeDir, status };
  } finally {
    await driver.close();
  }
}

/** Human-readable lines for `enlace db status`. */
export function formatDbStatus(report: DbStatusReport): string {
  const lines = [`mode:          ${report.mode}`, `uri:           ${report.uri}`];
  if (report.storeDir) lines.push(`store:         ${report.storeDir}`);
  lines.push(`running:       ${report.running ? `yes${report.pid ? ` (pid ${report.pid})` : ''}` : 'no'}`);
  const { status } = report;
  if (status.connected) {
    lines.push(`version:       Neo4j ${status.version ?? '?'} ${status.edition ?? ''}`.trimEnd());
    lines.push(`nodes:         ${status.nodes ?? '?'}`, `relationships: ${status.relationships ?? '?'}`);
  } else if (status.error) {
    lines.push(`error:         ${status.error}`);
  }
  return lines.join('\n');
}

/**
 * `enlace db start`: starts the embedded database, applies the schema, prints the URI, and keeps it
 * running in the foreground until `until` settles (default: SIGINT or SIGTERM), then stops it.
 * If one is already running on this store it says so and returns.
 */
export async function dbStart(
  config: DatabaseConfig,
  options: StartOptions & { logger: DbLogger; until?: Promise<unknown> },
): Promise<void> {
  if (config.mode === 'external') {
    throw new DatabaseConfigError(
      `NEO4J_URI is set (${config.uri}): that Neo4j is managed outside Enlace. Unset NEO4J_URI to use the embedded one.`,
    );
  }
  const running = await findRunningEmbedded(config);
  if (running) {
    options.logger.info(
      `Neo4j is already running at ${running.uri} (pid ${running.pid}, store ${config.storeDir}).`,
    );
    return;
  }
  const server = await startEmbeddedNeo4j(config, options);
  try {
    const driver = neo4j.driver(server.uri, undefined, DRIVER_CONFIG);
    try {
      await applySchema(driver, config.database);
    } finally {
      await driver.close();
    }
    options.logger.info(`Neo4j ${server.version} is running at ${server.uri} (store ${config.storeDir}).`);
    options.logger.info('Other enlace commands will use it. Press Ctrl-C to stop it.');
    await Promise.race([options.until ?? untilSignal(), server.exited]);
  } finally {
    await server.stop();
    options.logger.info('Neo4j stopped.');
  }
}

/**
 * `enlace db stop`: stops the embedded database recorded in the store's pid file, whoever started it.
 * @example const { stopped, pid } = await dbStop(config, { logger: { info: console.log } });
 */
export async function dbStop(
  config: DatabaseConfig,
  options: { logger: DbLogger; timeoutMs?: number },
): Promise<{ stopped: boolean; pid: number | null }> {
  if (config.mode === 'external') {
    throw new DatabaseConfigError(
      `NEO4J_URI is set (${config.uri}): Enlace does not stop an external Neo4j.`,
    );
  }
  const result = await stopEmbeddedFromPidFile(config, options.timeoutMs);
  options.logger.info(
    result.stopped
      ? `Stopped Neo4j (pid ${result.pid}).`
      : `No embedded Neo4j is running on ${config.storeDir}${result.pid ? ` (removed the stale pid file of ${result.pid})` : ''}.`,
  );
  return result;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const handler = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      resolveSignal(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
