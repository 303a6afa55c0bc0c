// Hand-written graph changes for API tests (a redirect left by a merge, an entity with odd text),
// run on the test run's database.
import { testDatabase } from './database-hooks';

/** Runs one write statement in its own session. */
export async function writeGraph(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const { driver, database } = testDatabase();
  const session = driver.session({ database });
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}
