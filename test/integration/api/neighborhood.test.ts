// GET /api/graph/neighborhood on the seeds (depth, several centres, filters, merged ids, bad requests)
// and on a synthetic hub of 500 agreements (the node cap, honest hidden counts, paging without repeats).
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import type { Neighborhood } from '../../../model/api/graph';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { readGraph, removeHub, writeGraph, writeHub, type Hub } from '../../helpers/graph-writes';

const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';
const HUB = 'institution:synthetic-hub';

/** Distinct fact neighbours of an entity, read straight from the graph. */
async function neighboursOf(id: string, where = 'true'): Promise<string[]> {
  const rows = await readGraph<{ id: string }>(
    `MATCH (:Entity {id: $id})-[r]-(n:Entity) WHERE type(r) <> 'MENTIONED_IN' AND ${where}
     RETURN DISTINCT n.id AS id`,
    { id },
  );
  return rows.map((row) => row.id);
}

const nodeIds = (body: Neighborhood) => body.elements.nodes.map((n) => n.data.id);

describe('api: graph neighbourhood', function () {
  let app: Express;
  const get = async (query: string) =>
    (await request(app).get(`/api/graph/neighborhood?${query}`).expect(200)).body as Neighborhood;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('gives the neighbours of IMSS at depth 1 with degrees, the edges among them and nothing hidden', async () => {
    const body = await get(`id=${IMSS}`);
    const expected = await neighboursOf(IMSS);
    expect(expected.length).to.be.greaterThan(5);
    expect(body.centres).to.deep.equal([IMSS]);
    expect(nodeIds(body)[0]).to.equal(IMSS);
    expect(nodeIds(body).slice(1)).to.have.members(expected);
    expect(body.truncated).to.equal(false);
    expect(body.hidden).to.deep.equal([]);
    expect(body.total).to.deep.equal({
      nodes: body.elements.nodes.length,
      edges: body.elements.edges.length,
    });
    const ids = new Set(nodeIds(body));
    for (const edge of body.elements.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target), edge.data.id).to.equal(true);
      expect(edge.data.type).to.not.equal('MENTIONED_IN');
    }
    expect(body.elements.nodes.map((n) => n.data.label)).to.not.include('Document');
    const imss = body.elements.nodes[0]!.data;
    expect(imss.degree).to.equal(
      (
        await readGraph<{ d: number }>(
          "MATCH (:Entity {id: $id})-[r]-() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r) AS d",
          { id: IMSS },
        )
      )[0]!.d,
    );
    expect(imss.hidden).to.equal(0);
    // A neighbour's own neighbours outside the answer are its hidden count.
    for (const node of body.elements.nodes.slice(1)) {
      const outside = (await neighboursOf(node.data.id)).filter((id) => !ids.has(id));
      expect(node.data.hidden, node.data.id).to.equal(outside.length);
    }
  });

  it('reaches further at depth 2 and keeps every depth-1 node', async () => {
    const one = await get(`id=${IMSS}`);
    const two = await get(`id=${IMSS}&depth=2`);
    expect(nodeIds(two)).to.include.members(nodeIds(one));
    expect(two.elements.nodes.length).to.be.greaterThan(one.elements.nodes.length);
    const secondRing = await readGraph<{ id: string }>(
      `MATCH (:Entity {id: $id})-[r1]-(:Entity)-[r2]-(n:Entity)
       WHERE type(r1) <> 'MENTIONED_IN' AND type(r2) <> 'MENTIONED_IN' RETURN DISTINCT n.id AS id`,
      { id: IMSS },
    );
    expect(nodeIds(two)).to.include.members(secondRing.map((r) => r.id));
  });

  it('takes several centres, repeated or comma-separated, and resolves merged ids', async () => {
    const repeated = await get(`id=${IMSS}&id=${GONZALEZ}`);
    const commas = await get(`id=${IMSS},${GONZALEZ}`);
    expect(repeated.centres).to.deep.equal([IMSS, GONZALEZ]);
    expect(nodeIds(commas)).to.deep.equal(nodeIds(repeated));
    expect(nodeIds(repeated)).to.include.members(await neighboursOf(GONZALEZ));
    await writeGraph("CREATE (:Redirect {id: 'person:gonzalez-merged-away', to: $to})", { to: GONZALEZ });
    try {
      const merged = await get('id=person:gonzalez-merged-away');
      expect(merged.centres).to.deep.equal([GONZALEZ]);
    } finally {
      await writeGraph("MATCH (r:Redirect {id: 'person:gonzalez-merged-away'}) DELETE r");
    }
  });

  it('filters neighbours by label and relationships by type', async () => {
    const people = await get(`id=${IMSS}&labels=Person`);
    expect(nodeIds(people).slice(1)).to.have.members(await neighboursOf(IMSS, 'n:Person'));
    for (const node of people.elements.nodes.slice(1)) expect(node.data.label).to.equal('Person');
    const roles = await get(`id=${IMSS}&types=HOLDS_ROLE`);
    expect(roles.elements.edges.length).to.be.greaterThan(0);
    for (const edge of roles.elements.edges) expect(edge.data.type).to.equal('HOLDS_ROLE');
    expect(nodeIds(roles).slice(1)).to.have.members(await neighboursOf(IMSS, "type(r) = 'HOLDS_ROLE'"));
  });

  it('keeps relationships stated by documents or about agreements dated within the range', async () => {
    const none = await get(`id=${IMSS}&from=1990&to=1991`);
    expect(nodeIds(none)).to.deep.equal([IMSS]);
    expect(none.elements.edges).to.deep.equal([]);
    const all = await get(`id=${IMSS}`);
    const [range] = await readGraph<{ first: string; last: string }>(
      'MATCH (d:Document) RETURN min(d.date) AS first, max(d.date) AS last',
    );
    const wide = await get(`id=${IMSS}&from=${range!.first.slice(0, 4)}&to=${range!.last.slice(0, 4)}`);
    expect(wide.elements.nodes.length).to.be.greaterThan(1);
    expect(nodeIds(all)).to.include.members(nodeIds(wide));
  });

  const bad: [string, number, RegExp][] = [
    ['id=person:nobody-at-all', 404, /person:nobody-at-all/],
    [`id=${IMSS}&depth=4`, 400, /query\.depth/],
    [`id=${IMSS}&depth=0`, 400, /query\.depth/],
    ['depth=1', 400, /query\.id/],
    [`id=${Array.from({ length: 21 }, (_, i) => `person:p${i}`).join(',')}`, 400, /query\.id/],
    [`id=${IMSS}&limit=2001`, 400, /query\.limit/],
    [`id=${IMSS}&types=MENTIONED_IN`, 400, /query\.types/],
    [`id=${IMSS}&from=2015&to=2014`, 400, /query\.from/],
  ];
  for (const [query, status, detail] of bad) {
    it(`answers ${status} to ?${query.slice(0, 60)}`, async () => {
      const res = await request(app).get(`/api/graph/neighborhood?${query}`).expect(status);
      expect(res.headers['content-type']).to.match(/application\/problem\+json/);
      expect((res.body as Problem).detail).to.match(detail);
    });
  }

  describe('a hub of 500 agreements', function () {
    let hub: Hub;
    before(async () => {
      hub = await writeHub(HUB, 500);
    });
    after(() => removeHub(hub));

    it('fills the cap with the strongest neighbours and says how many are left out', async () => {
      const body = await get(`id=${HUB}&limit=100`);
      expect(body.elements.nodes).to.have.length(100);
      expect(body.truncated).to.equal(true);
      expect(nodeIds(body).slice(1)).to.deep.equal(hub.neighbours.slice(0, 99));
      expect(body.hidden).to.deep.equal([{ id: HUB, type: 'PARTY_TO', count: 401 }]);
      const centre = body.elements.nodes[0]!.data;
      expect(centre).to.include({ degree: 500, hidden: 401 });
      for (const node of body.elements.nodes.slice(1)) expect(node.data).to.include({ degree: 1, hidden: 0 });
      expect(body.elements.edges).to.have.length(99);
    });

    it('pages through the hub with offset: the next neighbours, no repeats, to the last', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 500; offset += 99) {
        const body = await get(`id=${HUB}&limit=100&offset=${offset}`);
        const page = nodeIds(body).slice(1);
        expect(page, `offset ${offset}`).to.deep.equal(hub.neighbours.slice(offset, offset + 99));
        expect(body.hidden, `offset ${offset}`).to.deep.equal([
          { id: HUB, type: 'PARTY_TO', count: 500 - page.length },
        ]);
        expect(body.truncated, `offset ${offset}`).to.equal(offset + 99 < 500);
        seen.push(...page);
      }
      expect(new Set(seen).size).to.equal(500);
    });

    it('leaves the hub out of a view of its neighbour at depth 2 only when the cap says so', async () => {
      const body = await get(`id=${hub.neighbours[0]}&depth=2&limit=10`);
      expect(nodeIds(body).slice(0, 2)).to.deep.equal([hub.neighbours[0], HUB]);
      expect(body.elements.nodes).to.have.length(10);
      expect(body.truncated).to.equal(true);
      expect(body.hidden).to.deep.include({ id: HUB, type: 'PARTY_TO', count: 491 });
    });
  });
});
