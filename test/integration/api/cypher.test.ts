// POST /api/cypher refuses every way of writing (or of reaching past the graph), leaving the graph as
// it was; stops runaway reads within its time limit with a 4xx; and answers malformed bodies with 4xx.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { graphFingerprint, type Fingerprint } from '../../helpers/graph-fingerprint';

const TIMEOUT_MS = 2_000;

describe('api: cypher refuses writes and runaway reads', function () {
  let app: Express;
  let original: Fingerprint;

  before(async () => {
    await loadSeeds();
    app = apiApp({ queryTimeoutMs: TIMEOUT_MS });
    original = await graphFingerprint();
  });

  // [what, query, status, what the detail must name]
  const refused: [string, string, number, RegExp][] = [
    ['CREATE', "CREATE (:Person {id: 'person:intruder', name: 'Intruder'})", 403, /writes to the graph/],
    ['MERGE', "MERGE (:Person {id: 'person:intruder'})", 403, /writes to the graph/],
    ['SET', "MATCH (n:Person) SET n.name = 'Intruder'", 403, /writes to the graph/],
    ['DELETE', 'MATCH ()-[r]->() DELETE r', 403, /writes to the graph/],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 403, /writes to the graph/],
    ['REMOVE', 'MATCH (n:Person) REMOVE n:Person, n.name', 403, /writes to the graph/],
    ['FOREACH', 'FOREACH (x IN [1] | CREATE (:Intruder))', 403, /writes to the graph/],
    ['LOAD CSV of a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, /LOAD CSV/],
    [
      'LOAD CSV of a URL',
      "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS r RETURN r",
      403,
      /LOAD CSV/,
    ],
    ['LOAD CSV that writes', "LOAD CSV FROM 'file:///etc/hosts' AS l CREATE (:X {l: l})", 403, /LOAD CSV/],
    ['db.createLabel', "CALL db.createLabel('Intruder')", 403, /db\.createLabel/],
    ['db.createProperty', "CALL db.createProperty('intruder')", 403, /db\.createProperty/],
    [
      'db.createRelationshipType',
      "CALL db.createRelationshipType('INTRUDES')",
      403,
      /db\.createRelationshipType/,
    ],
    ['dbms.components', 'CALL dbms.components()', 403, /dbms\.components/],
    ['dbms.listConfig', 'CALL dbms.listConfig()', 403, /dbms\.listConfig/],
    ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', 403, /db\.clearQueryCaches/],
    ['a read procedure off the list', "CALL db.stats.collect('QUERIES')", 403, /db\.stats\.collect/],
    ['CREATE INDEX', 'CREATE INDEX intruder FOR (n:Person) ON (n.intruder)', 403, /CREATE INDEX/],
    ['DROP INDEX', 'DROP INDEX entity_names', 403, /DROP INDEX/],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id', 403, /DROP CONSTRAINT/],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', 403, /SHOW TRANSACTIONS/],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, /TERMINATE TRANSACTIONS/],
    ['SHOW INDEXES', 'SHOW INDEXES', 403, /SHOW INDEXES/],
    [
      'IN TRANSACTIONS that writes',
      'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS',
      403,
      /IN TRANSACTIONS/,
    ],
    [
      'IN TRANSACTIONS that reads',
      'MATCH (n) CALL (n) { RETURN n.id AS x } IN TRANSACTIONS RETURN x',
      403,
      /IN TRANSACTIONS/,
    ],
    ['two statements', "MATCH (n) RETURN n; CREATE (:Person {id: 'person:intruder'})", 400, /one statement/],
    ['odd casing', "cReAtE (:Person {id: 'person:intruder'})", 403, /writes to the graph/],
    ['a comment before SET', "MATCH (n:Person) /* x */ SET n.name = 'x'", 403, /writes to the graph/],
    ['a line comment before DETACH DELETE', 'MATCH (n) // only reading\nDETACH DELETE n', 403, /writes/],
    ['a comment inside a keyword', 'MATCH (n) DE/* x */TACH DELETE n', 400, /Invalid input/],
    ['EXPLAIN of a write', "EXPLAIN CREATE (:Person {id: 'person:intruder'})", 403, /writes to the graph/],
    ['PROFILE of a write', "PROFILE CREATE (:Person {id: 'person:intruder'})", 403, /writes to the graph/],
    ['PROFILE after a comment', '/* read? */ profile MATCH (n) DETACH DELETE n', 403, /writes to the graph/],
    ['USE of the system database', 'USE system SHOW USERS', 400, /USE/],
    ['CREATE DATABASE', 'CREATE DATABASE intruder', 400, /CREATE DATABASE/],
  ];
  for (const [what, query, status, names] of refused) {
    it(`refuses ${what} with ${status} and leaves the graph unchanged`, async () => {
      const res = await request(app).post('/api/cypher').send({ query }).expect(status);
      const problem = res.body as Problem;
      expect(res.headers['content-type'], what).to.contain('application/problem+json');
      expect(problem.detail, what).to.match(names);
      if (status === 403) expect(problem.type).to.equal('urn:enlace:problem:write-refused');
      expect(problem.detail).not.to.match(/EXPLAIN (CREATE|MATCH)/);
      expect(await graphFingerprint(), what).to.deep.equal(original);
    });
  }

  // Runaway reads: each ends with 422 soon after the time limit, not when the server is done.
  const runaway: [string, string][] = [
    ['ten billion rows', 'UNWIND range(1, 10000000000) AS x RETURN count(x)'],
    ['a cartesian product', 'MATCH (a), (b), (c), (d), (e) WHERE a.id <> b.id RETURN count(*)'],
    ['a huge collect', 'UNWIND range(1, 30000000) AS x RETURN collect(x) AS xs'],
    ['a huge list returned', 'RETURN collect(range(1, 100000000)) AS xs'],
  ];
  for (const [what, query] of runaway) {
    it(`stops ${what} with 422 within the time limit`, async function () {
      this.timeout(30_000);
      const started = Date.now();
      const res = await request(app).post('/api/cypher').send({ query }).expect(422);
      expect(Date.now() - started, what).to.be.below(TIMEOUT_MS + 5_000);
      const problem = res.body as Problem;
      expect(problem.type).to.equal('urn:enlace:problem:query-too-costly');
      expect(problem.detail).to.match(/(longer than the 2 s allowed|more memory|did not stop)/);
    });
  }

  it('stops a query that needs more memory than one transaction may use, saying so', async function () {
    this.timeout(60_000);
    const roomy = apiApp({ queryTimeoutMs: 30_000 });
    const res = await request(roomy)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 30000000) AS x RETURN collect(x) AS xs' })
      .expect(422);
    expect((res.body as Problem).detail).to.match(/more memory than one query may use/);
    // The database is still there for the next query.
    await request(roomy).post('/api/cypher').send({ query: 'RETURN 1 AS one' }).expect(200);
  });

  // Malformed bodies: 4xx problems, never a 500.
  const malformed: [string, (r: request.Test) => request.Test, number][] = [
    ['not JSON', (r) => r.set('Content-Type', 'application/json').send('{"query": '), 400],
    ['no body', (r) => r, 400],
    ['text, not JSON', (r) => r.set('Content-Type', 'text/plain').send('MATCH (n) RETURN n'), 415],
    ['a number as query', (r) => r.send({ query: 5 }), 400],
    ['an empty query', (r) => r.send({ query: '' }), 400],
    ['params as a list', (r) => r.send({ query: 'RETURN 1', params: [1, 2] }), 400],
    ['params as text', (r) => r.send({ query: 'RETURN 1', params: 'a=1' }), 400],
    ['a limit as text', (r) => r.send({ query: 'RETURN 1', limit: 'ten' }), 400],
    ['a limit of 0', (r) => r.send({ query: 'RETURN 1', limit: 0 }), 400],
    ['a huge limit', (r) => r.send({ query: 'RETURN 1', limit: 1e9 }), 400],
    ['a NUL byte in the query', (r) => r.send({ query: 'RETURN 1\u0000' }), 400],
    ['params nested too deep', (r) => r.send({ query: 'RETURN $p', params: { p: deep(40) } }), 400],
    ['a 10 MB body', (r) => r.send({ query: `RETURN '${'x'.repeat(10 * 1024 * 1024)}'` }), 413],
    [
      'invalid UTF-8',
      (r) =>
        r.set('Content-Type', 'application/json').send(Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x7d])),
      400,
    ],
  ];
  for (const [what, build, status] of malformed) {
    it(`answers ${what} with ${status}`, async () => {
      const res = await build(request(app).post('/api/cypher')).expect(status);
      expect(res.headers['content-type'], what).to.contain('application/problem+json');
      expect((res.body as Problem).detail, what)
        .to.be.a('string')
        .and.not.match(/at .*\.ts:\d+/);
    });
  }

  it('leaves the graph as it was after all of the above', async () => {
    expect(await graphFingerprint()).to.deep.equal(original);
  });
});

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}
