// Database state for `enlace db status` and GET /api/health: connected, version, edition, counts.
import type { Driver } from 'neo4j-driver';
import { translateDriverError } from './errors';

export interface DatabaseStatus {
  connected: boolean;
  version?: string;
  edition?: string;
  nodes?: number;
  relationships?: number;
  /** Why it is not connected. */
  error?: string;
}

/**
 * Never throws: an unreachable database is `{ connected: false, error }`.
 * @example await databaseStatus(db.driver, db.database) // -> { connected: true, version: '5.26.30', … }
 */
export async function databaseStatus(driver: Driver, database: string | undefined): Promise<DatabaseStatus> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const components = await session.run(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    // Both counts come from the count store: constant time whatever the graph's size.
    const counts = await session.run(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
        'RETURN nodes, relationships',
    );
    const component = components.records[0];
    const count = counts.records[0];
    return {
      connected: true,
      version: component?.get('version') as string | undefined,
      edition: component?.get('edition') as string | undefined,
      nodes: toNumber(count?.get('nodes')),
      relationships: toNumber(count?.get('relationships')),
    };
  } catch (error) {
    return { connected: false, error: translateDriverError(error, 'status').message };
  } finally {
    await session.close();
  }
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'toNumber' in value)
    return (value as { toNumber(): number }).toNumber();
  return Number(value);
}
