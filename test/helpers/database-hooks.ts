// Mocha root hooks for integration tests: ONE real Neo4j for the whole run: a fresh embedded one, or
// the server named by ENLACE_TEST_NEO4J_URI. NEO4J_URI is deliberately ignored: the tests wipe the
// graph, and a researcher's own database must never be the one they wipe.
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { DatabaseConnection, EmbeddedDatabaseConfig } from '../../server/db';
import { applySchema, connectDatabase, databaseConfigFromEnv, progressLines } from '../../server/db';
import { temporaryEmbeddedConfig } from './embedded-config';

export interface TestDatabase {
  driver: Driver;
  database: string | undefined;
  uri: string;
  mode: 'embedded' | 'external';
}

// Set once by the root hook for the run; tests read it through testDatabase(). Mocha may load this file
// twice (required for its root hooks, imported by the tests), so the state lives in one slot that both
// copies share rather than in module variables.
interface RunState {
  connection: DatabaseConnection | null;
  embedded: EmbeddedDatabaseConfig | null;
}
const SLOT = Symbol.for('enlace.test-database');
const slots = globalThis as unknown as Record<symbol, RunState | undefined>;
const run: RunState = (slots[SLOT] ??= { connection: null, embedded: null });

/** The shared database of this test run (throws if the root hook has not run). */
export function testDatabase(): TestDatabase {
  const { connection } = run;
  if (!connection)
    throw new Error('database-hooks: the test database is not open (is the root hook loaded?)');
  return {
    driver: connection.driver,
    database: connection.database,
    uri: connection.uri,
    mode: connection.mode,
  };
}

/** Deletes every node and relationship (the schema stays). */
export async function clearGraph(): Promise<void> {
  const { driver, database } = testDatabase();
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    // The first run builds neo4j/ with Maven (downloads ~130 MB) before the JVM starts.
    this.timeout(15 * 60_000);
    const testUri = process.env.ENLACE_TEST_NEO4J_URI;
    const config = testUri
      ? databaseConfigFromEnv({
          NEO4J_URI: testUri,
          NEO4J_USER: process.env.ENLACE_TEST_NEO4J_USER,
          NEO4J_PASSWORD: process.env.ENLACE_TEST_NEO4J_PASSWORD,
          NEO4J_DATABASE: process.env.ENLACE_TEST_NEO4J_DATABASE,
        })
      : await temporaryEmbeddedConfig();
    if (config.mode === 'embedded') run.embedded = config;
    run.connection = await connectDatabase(config, { onProgress: progressLines(process.stderr) });
    await applySchema(run.connection.driver, run.connection.database);
    if (run.connection.mode === 'external') await clearGraph();
  },
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60_000);
    await run.connection?.close();
    run.connection = null;
    if (run.embedded) rmSync(run.embedded.dataDir, { recursive: true, force: true });
  },
};
