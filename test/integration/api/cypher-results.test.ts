// POST /api/cypher answers read queries: plain rows, the graph in them as Cytoscape elements, Neo4j's
// warnings placed in the query as sent, errors at the researcher's own line; and the examples all run.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import type { CypherExamples, CypherResult } from '../../../model/api/cypher';
import { apiApp, loadSeeds } from '../../helpers/api-app';

describe('api: cypher results', function () {
  let app: Express;
  const post = (body: object) => request(app).post('/api/cypher').send(body);

  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('returns columns, plain rows and the graph found in them, with parameters', async () => {
    const res = await post({
      query: 'MATCH (i:Institution {acronym: $acronym})-[r:SIGNED_WITH]-(x) RETURN i, r, x.name AS partner',
      params: { acronym: 'IMSS' },
    }).expect(200);
    const body = res.body as CypherResult;
    expect(body.columns).to.deep.equal(['i', 'r', 'partner']);
    expect(body.queryType).to.equal('r');
    expect(body.truncated).to.equal(false);
    expect(body.elapsedMs).to.be.a('number');
    const first = body.rows[0] as { i: { labels: string[]; properties: { name: string } }; partner: string };
    expect(first.i.labels).to.include('Institution');
    expect(first.i.properties.name).to.equal('Instituto Mexicano del Seguro Social');
    const names = body.elements.nodes.map((n) => n.data.name);
    expect(names).to.include('Instituto Mexicano del Seguro Social').and.include(first.partner);
    expect(body.elements.edges.length).to.be.greaterThan(0);
    for (const edge of body.elements.edges) {
      expect(edge.data.type).to.equal('SIGNED_WITH');
      expect(edge.data.id).to.equal(`${edge.data.source}|SIGNED_WITH|${edge.data.target}`);
    }
  });

  it('draws relationships returned without their ends, with the ends fetched', async () => {
    const body = (await post({ query: 'MATCH ()-[r:SIGNED]->() RETURN r' }).expect(200)).body as CypherResult;
    expect(body.elements.edges.length).to.equal(body.rows.length);
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    for (const edge of body.elements.edges) {
      expect(ids.has(edge.data.source), edge.data.id).to.equal(true);
      expect(ids.has(edge.data.target), edge.data.id).to.equal(true);
    }
    expect(body.elements.nodes.map((n) => n.data.label))
      .to.include('Person')
      .and.include('Agreement');
  });

  it('draws paths', async () => {
    const body = (
      await post({ query: 'MATCH p = (:Person)-[:SIGNED]->(:Agreement) RETURN p LIMIT 1' }).expect(200)
    ).body as CypherResult;
    expect(body.elements.nodes).to.have.length(2);
    expect(body.elements.edges).to.have.length(1);
  });

  it("returns Neo4j's warnings with positions in the query as sent", async () => {
    const query = 'MATCH (n:Nope)\nRETURN n.nothingHere AS x';
    const body = (await post({ query }).expect(200)).body as CypherResult;
    const codes = body.notifications.map((n) => n.code);
    expect(codes).to.include('Neo.ClientNotification.Statement.UnknownLabelWarning');
    expect(codes).to.include('Neo.ClientNotification.Statement.UnknownPropertyKeyWarning');
    const label = body.notifications.find((n) => n.code.endsWith('UnknownLabelWarning'))!;
    expect(label.position).to.deep.equal({ offset: 9, line: 1, column: 10 });
    expect(query.slice(label.position!.offset)).to.match(/^Nope/);
    const property = body.notifications.find((n) => n.code.endsWith('UnknownPropertyKeyWarning'))!;
    expect(query.slice(property.position!.offset)).to.match(/^nothingHere/);
    expect(property.position).to.include({ line: 2, column: 10 });
    expect(label.severity).to.equal('WARNING');
  });

  const syntax: [string, string, RegExp][] = [
    [
      'on the first line',
      'MATCH (n) RETRUN n',
      /\(line 1, column 11 \(offset: 10\)\)\n"MATCH \(n\) RETRUN n"\n {11}\^/,
    ],
    [
      'on a later line',
      'MATCH (n)\n  RETRUN n',
      /\(line 2, column 3 \(offset: 12\)\)\n" {2}RETRUN n"\n {3}\^/,
    ],
    ['after a PROFILE', 'PROFILE MATCH (n) RETRUN n', /\(line 1, column 19 \(offset: 18\)\)/],
  ];
  for (const [where, query, position] of syntax) {
    it(`places a syntax error ${where} in the researcher's own query`, async () => {
      const res = await post({ query }).expect(400);
      const problem = res.body as Problem;
      expect(problem.type).to.equal('urn:enlace:problem:query-error');
      expect(problem.detail).to.match(position);
      expect(problem.detail).not.to.contain('EXPLAIN');
      expect(problem.errors?.[0]).to.deep.equal({ path: 'body.query', message: problem.detail });
    });
  }

  it('caps rows at limit and says that more existed', async () => {
    const body = (await post({ query: 'UNWIND range(1, 50) AS x RETURN x', limit: 10 }).expect(200))
      .body as CypherResult;
    expect(body.rows).to.have.length(10);
    expect(body.truncated).to.equal(true);
    const capped = apiApp({ maxRows: 5 });
    const more = await request(capped)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 50) AS x RETURN x', limit: 20 });
    expect((more.body as CypherResult).rows).to.have.length(5);
  });

  it('sends whole numbers as integers and returns values JSON can hold', async () => {
    const body = (
      await post({
        query:
          'UNWIND range(1, $n) AS x RETURN x, 1.0 / 0.0 AS inf, date($day) AS day, $nested.list[1] AS second',
        params: { n: 2, day: '2014-05-09', nested: { list: [1, 2] } },
      }).expect(200)
    ).body as CypherResult;
    expect(body.rows).to.deep.equal([
      { x: 1, inf: 'Infinity', day: '2014-05-09', second: 2 },
      { x: 2, inf: 'Infinity', day: '2014-05-09', second: 2 },
    ]);
  });

  const allowed = [
    'CALL db.labels()',
    'CALL db.relationshipTypes()',
    'CALL db.propertyKeys()',
    'CALL db.schema.visualization()',
    "CALL db.index.fulltext.queryNodes('entity_names', 'imss') YIELD node RETURN node.name AS name",
  ];
  for (const query of allowed) {
    it(`allows ${query}`, async () => {
      const body = (await post({ query }).expect(200)).body as CypherResult;
      expect(body.rows.length, query).to.be.greaterThan(0);
    });
  }

  it('lists the examples of cypher/examples.cypher, and every one runs with its parameters', async () => {
    const { items } = (await request(app).get('/api/cypher/examples').expect(200)).body as CypherExamples;
    expect(items.length).to.be.greaterThan(5);
    expect(items.map((e) => e.title)).to.include('Who signed with whom');
    for (const example of items) {
      expect(example.description, example.title).to.have.length.greaterThan(10);
      const res = await post({ query: example.query, params: example.params });
      expect(res.status, `${example.title}: ${JSON.stringify(res.body)}`).to.equal(200);
      const body = res.body as CypherResult;
      expect(body.rows.length, example.title).to.be.greaterThan(0);
      const warnings = body.notifications.filter((n) => n.severity === 'WARNING');
      expect(warnings, example.title).to.deep.equal([]);
    }
  });

  it('documents both operations in the OpenAPI document', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths['/api/cypher']).to.have.property('post');
    expect(doc.paths['/api/cypher/examples']).to.have.property('get');
    expect(doc.paths['/api/export']).to.have.keys(['get', 'post']);
  });
});
