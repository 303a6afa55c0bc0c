// The shared test database: schema applied at start, full-text search without accents, the query gateway.
import { expect } from 'chai';
import {
  QueryError,
  ReadOnlyViolationError,
  applySchema,
  createGateway,
  databaseStatus,
  describeSchema,
} from '../../../server/db';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';

describe('db: schema, full-text search and gateway (real Neo4j)', () => {
  beforeEach(clearGraph);

  it('has a unique id constraint per label, sha256 uniqueness and the full-text index after start', async () => {
    const { driver, database } = testDatabase();
    const schema = await describeSchema(driver, database);
    for (const name of [
      'person_id',
      'institution_id',
      'place_id',
      'event_id',
      'agreement_id',
      'document_id',
      'document_sha256',
    ]) {
      expect(schema.constraints, name).to.include(name);
    }
    const fulltext = schema.indexes.find((index) => index.name === 'entity_names');
    expect(fulltext?.type).to.equal('FULLTEXT');
    expect(fulltext?.state).to.equal('ONLINE');
    expect(fulltext?.labels).to.have.members(['Person', 'Institution', 'Place', 'Event', 'Agreement']);
    expect(fulltext?.properties).to.have.members(['name', 'aliases']);
  });

  it('applying the schema again changes nothing (idempotent)', async () => {
    const { driver, database } = testDatabase();
    const before = await describeSchema(driver, database);
    await applySchema(driver, database);
    expect(await describeSchema(driver, database)).to.deep.equal(before);
  });

  const searches: [string, string][] = [
    ['gonzalez anaya', 'José Antonio González Anaya'],
    ['GONZÁLEZ', 'José Antonio González Anaya'],
    ['imss', 'Instituto Mexicano del Seguro Social'],
    ['salvadoreno', 'Instituto Salvadoreño del Seguro Social'],
  ];
  for (const [query, expected] of searches) {
    it(`full-text search "${query}" finds "${expected}" (accent- and case-insensitive, aliases too)`, async () => {
      const gateway = createGateway(testDatabase().driver, testDatabase().database);
      await gateway.write(
        `CREATE (:Person {id: 'p1', name: 'José Antonio González Anaya', aliases: ['González Anaya']}),
                (:Institution {id: 'i1', name: 'Instituto Mexicano del Seguro Social', aliases: ['IMSS']}),
                (:Institution {id: 'i2', name: 'Instituto Salvadoreño del Seguro Social', aliases: ['ISSS']})`,
      );
      const { rows } = await gateway.read<{ name: string }>(
        `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
         RETURN node.name AS name ORDER BY score DESC LIMIT 1`,
        { query },
      );
      expect(rows.map((row) => row.name)).to.deep.equal([expected]);
    });
  }

  it('read() refuses writes with ReadOnlyViolationError', async () => {
    const gateway = createGateway(testDatabase().driver, testDatabase().database);
    let caught: unknown;
    try {
      await gateway.read('CREATE (:Person {id: "x", name: "X"})');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ReadOnlyViolationError);
    expect((await gateway.read('MATCH (n) RETURN count(n) AS n')).rows).to.deep.equal([{ n: 0 }]);
  });

  it('a syntax error is a QueryError with the Neo4j code', async () => {
    const gateway = createGateway(testDatabase().driver, testDatabase().database);
    let caught: unknown;
    try {
      await gateway.read('MATCH (n RETURN n');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(QueryError);
    expect((caught as QueryError).code).to.equal('Neo.ClientError.Statement.SyntaxError');
  });

  it('read() caps rows, converts integers and nodes to plain data', async () => {
    const gateway = createGateway(testDatabase().driver, testDatabase().database);
    await gateway.write('UNWIND range(1, 5) AS i CREATE (:Place {id: "pl" + i, name: "P" + i, rank: i})');
    const result = await gateway.read<{ p: { labels: string[]; properties: { rank: number } } }>(
      'MATCH (p:Place) RETURN p ORDER BY p.rank',
      {},
      { maxRows: 3 },
    );
    expect(result.truncated).to.equal(true);
    expect(result.columns).to.deep.equal(['p']);
    expect(result.rows.map((row) => row.p.properties.rank)).to.deep.equal([1, 2, 3]);
    expect(result.rows[0]?.p.labels).to.deep.equal(['Place']);
  });

  const types: [string, string][] = [
    ['MATCH (n) RETURN n', 'r'],
    ['CREATE (n:Place {id: "q"}) RETURN n', 'rw'],
    ['CREATE (n:Place {id: "q"})', 'w'],
  ];
  for (const [query, type] of types) {
    it(`queryType("${query}") is "${type}" without running it`, async () => {
      const gateway = createGateway(testDatabase().driver, testDatabase().database);
      expect(await gateway.queryType(query)).to.equal(type);
      expect((await gateway.read('MATCH (n) RETURN count(n) AS n')).rows).to.deep.equal([{ n: 0 }]);
    });
  }

  it('databaseStatus reports version, edition and counts', async () => {
    const { driver, database } = testDatabase();
    await createGateway(driver, database).write(
      'CREATE (:Place {id: "a"})-[:LOCATED_IN]->(:Place {id: "b"})',
    );
    const status = await databaseStatus(driver, database);
    expect(status).to.include({ connected: true, nodes: 2, relationships: 1 });
    expect(status.version).to.match(/^5\.26\./);
    expect(status.edition).to.equal('community');
  });
});
