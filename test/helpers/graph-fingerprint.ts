// A fingerprint of the whole graph and its schema: counts, every node's labels and properties, every
// relationship's type, ends and properties, index and constraint names. Equal fingerprints, same graph.
import { createHash } from 'node:crypto';
import { testDatabase } from './database-hooks';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  indexes: string[];
  hash: string;
}

async function rows(query: string): Promise<Record<string, unknown>[]> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, {}, { database, routing: 'READ' });
  return result.records.map((r) => r.toObject());
}

/** @example expect(await graphFingerprint()).to.deep.equal(before) */
export async function graphFingerprint(): Promise<Fingerprint> {
  const nodes = await rows(
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id',
  );
  const relationships = await rows(
    `MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b,
       properties(r) AS p ORDER BY id`,
  );
  const indexes = (await rows('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) =>
    String(r.name),
  );
  const constraints = await rows('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const labels = await rows('CALL db.labels() YIELD label RETURN label ORDER BY label');
  const hash = createHash('sha256')
    .update(JSON.stringify([nodes, relationships, constraints, labels]))
    .digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, indexes, hash };
}
