// GET /api/graph/overview on the seeds: the whole network with metrics and positions, the reduced view
// of the most connected entities with honest hidden counts, filters, the cache, and bad requests.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import type { Overview } from '../../../model/api/graph';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { readGraph } from '../../helpers/graph-writes';

describe('api: graph overview', function () {
  let app: Express;
  const get = async (query = '', on = app) =>
    (await request(on).get(`/api/graph/overview?${query}`).expect(200)).body as Overview;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('gives the whole network with degree, community, PageRank, betweenness and a position on each node', async () => {
    const body = await get();
    const [counts] = await readGraph<{ nodes: number; edges: number }>(
      `MATCH (n:Entity) WITH count(n) AS nodes
       MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'MENTIONED_IN' RETURN nodes, count(r) AS edges`,
    );
    expect(body.reduced).to.equal(false);
    expect(body.note).to.equal(null);
    expect(body.total).to.deep.equal(counts);
    expect(body.elements.nodes).to.have.length(counts!.nodes);
    expect(body.elements.edges).to.have.length(counts!.edges);
    expect([body.hiddenNodes, body.hiddenEdges]).to.deep.equal([0, 0]);
    for (const node of body.elements.nodes) {
      expect(node.position!.x, node.data.id).to.be.a('number');
      expect(node.position!.y, node.data.id).to.be.a('number');
      expect(node.data.community, node.data.id).to.be.a('number');
      expect(node.data.pagerank, node.data.id).to.be.a('number');
      expect(node.data.betweenness, node.data.id).to.be.a('number');
      expect(node.data.label).to.not.equal('Document');
    }
    const spread = new Set(body.elements.nodes.map((n) => `${n.position!.x},${n.position!.y}`));
    expect(spread.size).to.be.greaterThan(body.elements.nodes.length / 2);
  });

  it('reduces to the most connected entities and the relationships among them, saying what is hidden', async () => {
    const full = await get();
    const body = await get('limit=5');
    expect(body.reduced).to.equal(true);
    expect(body.elements.nodes).to.have.length(5);
    const byDegree = [...full.elements.nodes].sort(
      (a, b) => Number(b.data.degree) - Number(a.data.degree) || (a.data.id < b.data.id ? -1 : 1),
    );
    expect(body.elements.nodes.map((n) => n.data.id)).to.deep.equal(
      byDegree.slice(0, 5).map((n) => n.data.id),
    );
    const shown = new Set(body.elements.nodes.map((n) => n.data.id));
    const among = full.elements.edges.filter((e) => shown.has(e.data.source) && shown.has(e.data.target));
    expect(body.elements.edges.map((e) => e.data.id)).to.have.members(among.map((e) => e.data.id));
    expect(body.hiddenNodes).to.equal(full.total.nodes - 5);
    expect(body.hiddenEdges).to.equal(full.total.edges - among.length);
    expect(body.note).to.equal(
      `Showing the 5 most connected of ${full.total.nodes} entities; ${body.hiddenNodes} hidden ` +
        `(with ${body.hiddenEdges} relationships).`,
    );
  });

  it('keeps positions and communities from one server to the next, and serves a repeat from the cache', async () => {
    const first = await get();
    const again = await get();
    expect(again).to.deep.equal(first);
    const fresh = await get('', apiApp());
    expect(fresh.elements.nodes).to.deep.equal(first.elements.nodes);
  });

  it('filters by relationship type and by label', async () => {
    const roles = await get('types=HOLDS_ROLE');
    expect(roles.elements.edges.length).to.be.greaterThan(0);
    for (const edge of roles.elements.edges) expect(edge.data.type).to.equal('HOLDS_ROLE');
    const [holders] = await readGraph<{ n: number }>(
      'MATCH (n:Entity) WHERE EXISTS { (n)-[:HOLDS_ROLE]-() } RETURN count(n) AS n',
    );
    expect(roles.total.nodes).to.equal(holders!.n);
    const institutions = await get('labels=Institution');
    const [count] = await readGraph<{ n: number }>('MATCH (n:Institution) RETURN count(n) AS n');
    expect(institutions.total.nodes).to.equal(count!.n);
    for (const node of institutions.elements.nodes) expect(node.data.label).to.equal('Institution');
  });

  const bad: [string, RegExp][] = [
    ['limit=20001', /query\.limit/],
    ['limit=0', /query\.limit/],
    ['types=MENTIONED_IN', /query\.types/],
    ['from=2015&to=2014', /query\.from/],
  ];
  for (const [query, detail] of bad) {
    it(`answers 400 to ?${query}`, async () => {
      const res = await request(app).get(`/api/graph/overview?${query}`).expect(400);
      expect((res.body as Problem).detail).to.match(detail);
    });
  }
});
