// GET /api/analytics and GET /api/stats on the seeds: counts and degrees as Cypher counts them, stable
// communities, subgraphs, and a cache that holds until a curation or an ingest bumps the graph version.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Analytics, Stats } from '../../../model/api/analytics';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../../model';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { curationClient, freshCurationLog, IMSS, ISSS, LEONEL } from '../../helpers/curation';
import { readGraph, writeGraph } from '../../helpers/graph-writes';

const ALL = 'limit=10000';

describe('api: analytics and stats', function () {
  let app: Express;
  const analytics = async (query = ALL, on = app) =>
    (await request(on).get(`/api/analytics?${query}`).expect(200)).body as Analytics;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('counts entities, relationships, documents and agreements as Cypher does', async () => {
    const body = (await request(app).get('/api/stats').expect(200)).body as Stats;
    for (const label of ENTITY_LABELS) {
      const [row] = await readGraph<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
      expect(body.entities[label], label).to.equal(row!.n);
    }
    for (const type of RELATIONSHIP_TYPES) {
      const [row] = await readGraph<{ n: number }>(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
      expect(body.relationships[type], type).to.equal(row!.n);
    }
    expect(body.entities).to.not.have.any.keys('Curation', 'Redirect', 'EnlaceMeta', 'Document');
    const [docs] = await readGraph<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
    expect(body.documents).to.equal(docs!.n).and.to.equal(5);
    const [agreements] = await readGraph<{ dated: number; all: number; first: string }>(
      'MATCH (a:Agreement) RETURN count(a.date) AS dated, count(*) AS all, min(a.date) AS first',
    );
    expect(body.agreements.dated + body.agreements.undated).to.equal(agreements!.all);
    expect(body.agreements.dated).to.equal(agreements!.dated);
    expect(body.agreements.firstDate).to.equal(agreements!.first);
  });

  it('gives every entity its degree as Cypher counts it, PageRank summing to 1 and one community', async () => {
    const body = await analytics();
    const degrees = await readGraph<{ id: string; degree: number }>(
      "MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS degree",
    );
    expect(body.total).to.equal(degrees.length);
    expect(body.nodes).to.have.length(degrees.length);
    const byId = new Map(body.nodes.map((n) => [n.id, n]));
    for (const { id, degree } of degrees) expect(byId.get(id)?.degree, id).to.equal(degree);
    const rankSum = body.nodes.reduce((sum, n) => sum + n.pagerank!, 0);
    expect(rankSum).to.be.closeTo(1, 1e-6);
    for (const n of body.nodes) {
      expect(n.betweenness, n.id).to.be.within(0, 1);
      expect(n.community, n.id).to.be.a('number');
    }
    expect(body.communities.reduce((sum, c) => sum + c.size, 0)).to.equal(body.total);
    expect(body.communityCount).to.equal(body.communities.length);
    const names = new Set(
      (await readGraph<{ name: string }>('MATCH (n:Entity) RETURN n.name AS name')).map((r) => r.name),
    );
    for (const c of body.communities) expect(names.has(c.label), c.label).to.equal(true);
    // Highest PageRank first.
    const ranks = body.nodes.map((n) => n.pagerank!);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
  });

  it('finds the same communities in a fresh server', async () => {
    const first = await analytics();
    const second = await analytics(ALL, apiApp());
    expect(second.nodes.map((n) => [n.id, n.community])).to.deep.equal(
      first.nodes.map((n) => [n.id, n.community]),
    );
    expect(second.communities).to.deep.equal(first.communities);
  });

  it('computes over the subgraph among ids, and only the metrics asked for', async () => {
    const body = await analytics(`ids=${IMSS},${ISSS},${LEONEL}&metrics=degree,community`);
    expect(body.nodes.map((n) => n.id)).to.have.members([IMSS, ISSS, LEONEL]);
    for (const n of body.nodes) {
      expect(n.pagerank).to.equal(null);
      expect(n.betweenness).to.equal(null);
      expect(n.degree).to.be.a('number');
    }
    expect(body.communities.reduce((sum, c) => sum + c.size, 0)).to.equal(3);
  });

  it('pages the nodes', async () => {
    const all = await analytics();
    const page = await analytics('limit=5&offset=5');
    expect(page.nodes).to.deep.equal(all.nodes.slice(5, 10));
    expect(page.nextOffset).to.equal(10);
  });

  it('keeps its results until a curation or an ingest bumps the graph version', async () => {
    const curations = freshCurationLog();
    const own = apiApp({}, { curations });
    const before = await analytics(ALL, own);
    // Written without a version bump: the cached metrics do not see it.
    await writeGraph(
      "CREATE (:Institution:Entity {id: 'institution:unbumped', name: 'Unbumped', aliases: [], sources: []})",
    );
    try {
      const cached = await analytics(ALL, own);
      expect(cached.version).to.equal(before.version);
      expect(cached.total).to.equal(before.total);
      const edit = await curationClient(() => own).edit({
        op: 'rename',
        id: IMSS,
        name: 'Instituto Mexicano del Seguro Social (IMSS)',
        note: 'The full name with its acronym',
      });
      expect(edit.status, JSON.stringify(edit.body)).to.equal(201);
      const curated = await analytics(ALL, own);
      expect(curated.version).to.be.greaterThan(before.version);
      expect(curated.total).to.equal(before.total + 1);
    } finally {
      await writeGraph("MATCH (n:Entity {id: 'institution:unbumped'}) DETACH DELETE n");
    }
    const afterDelete = await analytics(ALL, own);
    expect(afterDelete.total).to.equal(before.total + 1);
    await loadSeeds();
    const reloaded = await analytics(ALL, own);
    expect(reloaded.total).to.equal(before.total);
  });

  const bad: [string, RegExp][] = [
    ['metrics=closeness', /query\.metrics/],
    ['limit=0', /query\.limit/],
    ['limit=10001', /query\.limit/],
  ];
  for (const [query, detail] of bad) {
    it(`answers 400 to ?${query}`, async () => {
      const res = await request(app).get(`/api/analytics?${query}`).expect(400);
      expect((res.body as { detail: string }).detail).to.match(detail);
    });
  }
});
