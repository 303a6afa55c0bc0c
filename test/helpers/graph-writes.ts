// Hand-written graph changes for API tests (a redirect left by a merge, an entity with odd text, a
// synthetic hub), and plain reads to check answers against, run on the test run's database.
import neo4j from 'neo4j-driver';
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

/** Runs one read and gives its rows as plain objects (integers as numbers). */
export async function readGraph<Row = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const { driver, database } = testDatabase();
  const session = driver.session({ database });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((record) => {
      const row: Record<string, unknown> = {};
      for (const key of record.keys) {
        const value: unknown = record.get(key);
        row[String(key)] = neo4j.isInt(value) ? value.toNumber() : value;
      }
      return row as Row;
    });
  } finally {
    await session.close();
  }
}

/** The neighbours of a synthetic hub, strongest first as the graph views rank them. */
export interface Hub {
  id: string;
  neighbours: string[];
}

/**
 * An institution party to `count` agreements of its own (no documents), the i-th stated by
 * `i % 7` sources so that ranking by strength has ties broken by id. Removed by removeHub.
 */
export async function writeHub(id: string, count: number): Promise<Hub> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `agreement:${id.split(':')[1]}-${String(i).padStart(4, '0')}`,
    sources: Array.from({ length: i % 7 }, (_s, k) => `doc:hub-${k}`),
  }));
  await writeGraph(
    `CREATE (h:Institution:Entity {id: $id, name: 'Synthetic hub', aliases: [], sources: []})
     WITH h UNWIND $rows AS row
     CREATE (a:Agreement:Entity {id: row.id, name: row.id, aliases: [], sources: []})
     CREATE (h)-[:PARTY_TO {sources: row.sources, evidence: [], rules: []}]->(a)`,
    { id, rows },
  );
  const neighbours = [...rows]
    .sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1))
    .map((row) => row.id);
  return { id, neighbours };
}

export async function removeHub(hub: Hub): Promise<void> {
  await writeGraph('MATCH (n:Entity) WHERE n.id = $id OR n.id IN $ids DETACH DELETE n', {
    id: hub.id,
    ids: hub.neighbours,
  });
}
