// Database state for `enlace db status` and GET /api/health: connected, version, edition, counts.
import type { Driver } from 'neo4j-driver';
import { watchAnswers } from './answer';
import { DatabaseNotAnsweringError, translateDriverError } from './errors';

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
export async function databaseStatus(
  driver: Driver,
  database: string | undefined,
  answerTimeoutMs?: number,
): Promise<DatabaseStatus> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const watch = { driver, database, timeoutMs: answerTimeoutMs, context: 'status' };
  let silent = false;
  try {
    const components = await watchAnswers(
      session.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition'),
      watch,
    );
    // Both counts come from the count store: constant time whatever the graph's size.
    const counts = await watchAnswers(
      session.run(
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
          'RETURN nodes, relationships',
      ),
      watch,
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
    const translated = translateDriverError(error, 'status');
    silent = translated instanceof DatabaseNotAnsweringError;
    return { connected: false, error: translated.message };
  } finally {
    // A silent server would never acknowledge the close.
    if (silent) session.close().catch(() => {});
    else await session.close();
  }
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'toNumber' in value)
    return (value as { toNumber(): number }).toNumber();
  return Number(value);
}
