// GET /api/paths on the seeds: all shortest paths with their ties, the maxLength cap, the type filter,
// and the requests refused.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import type { Paths } from '../../../model/api/paths';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { readGraph } from '../../helpers/graph-writes';

const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const ISSS = 'institution:instituto-salvadoreno-del-seguro-social';
const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';

/** The shortest paths between two entities as Cypher finds them: their count and length. */
async function cypherPaths(from: string, to: string, types = ''): Promise<{ count: number; length: number }> {
  const pattern = types
    ? `:${types}`
    : ':SIGNED_WITH|PARTY_TO|SIGNED|WITNESSED_BY|HELD_AT|HOLDS_ROLE|PARTICIPATED_IN|LOCATED_IN|PART_OF';
  const [row] = await readGraph<{ count: number; length: number | null }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     OPTIONAL MATCH p = allShortestPaths((a)-[${pattern}*..6]-(b))
     RETURN count(p) AS count, min(length(p)) AS length`,
    { from, to },
  );
  return { count: row!.count, length: row!.length ?? 0 };
}

describe('api: paths', function () {
  let app: Express;
  const get = async (query: string) =>
    (await request(app).get(`/api/paths?${query}`).expect(200)).body as Paths;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('gives every shortest path between a person and an institution, as elements and id lists', async () => {
    const expected = await cypherPaths(GONZALEZ, ISSS);
    expect(expected.count).to.be.greaterThan(0);
    const body = await get(`from=${GONZALEZ}&to=${ISSS}&limit=20`);
    expect(body.found).to.equal(true);
    expect(body.paths).to.have.length(Math.min(expected.count, 20));
    expect(body.total).to.equal(expected.count);
    const nodes = new Set(body.elements.nodes.map((n) => n.data.id));
    const edges = new Map(body.elements.edges.map((e) => [e.data.id, e.data]));
    for (const path of body.paths) {
      expect(path.length).to.equal(expected.length);
      expect(path.nodes[0]).to.equal(GONZALEZ);
      expect(path.nodes.at(-1)).to.equal(ISSS);
      expect(path.edges).to.have.length(path.length);
      path.nodes.forEach((id) => expect(nodes.has(id), id).to.equal(true));
      path.edges.forEach((id, i) => {
        const edge = edges.get(id)!;
        expect(edge.type).to.not.equal('MENTIONED_IN');
        expect([edge.source, edge.target]).to.have.members([path.nodes[i], path.nodes[i + 1]]);
      });
    }
    expect(body.elements.nodes.map((n) => n.data.label)).to.not.include('Document');
  });

  it('returns ties in a stable order and caps them with limit, saying so', async () => {
    const all = await get(`from=${GONZALEZ}&to=${ISSS}&limit=20`);
    const again = await get(`from=${GONZALEZ}&to=${ISSS}&limit=20`);
    expect(again.paths).to.deep.equal(all.paths);
    // Through the agreement he signed, and through IMSS, where he holds a post.
    expect(all.paths.length).to.be.greaterThan(1);
    const one = await get(`from=${GONZALEZ}&to=${ISSS}&limit=1`);
    expect(one.paths).to.deep.equal(all.paths.slice(0, 1));
    expect(one.note).to.match(/tie/);
  });

  it('finds a direct signature at length 1 and nothing when maxLength is below the distance', async () => {
    const direct = await get(`from=${IMSS}&to=${ISSS}`);
    expect(direct.paths[0]!.length).to.equal(1);
    const far = await cypherPaths(GONZALEZ, ISSS);
    expect(far.length).to.equal(2);
    const none = await get(`from=${GONZALEZ}&to=${ISSS}&maxLength=1`);
    expect(none.found).to.equal(false);
    expect(none.paths).to.deep.equal([]);
    expect(none.elements).to.deep.equal({ nodes: [], edges: [] });
    expect(none.note).to.match(/maxLength/);
  });

  it('goes only through the types asked for', async () => {
    const expected = await cypherPaths(IMSS, ISSS, 'PARTY_TO');
    const body = await get(`from=${IMSS}&to=${ISSS}&types=PARTY_TO`);
    expect(body.paths[0]!.length).to.equal(expected.length);
    for (const edge of body.elements.edges) expect(edge.data.type).to.equal('PARTY_TO');
    const blocked = await get(`from=${GONZALEZ}&to=${ISSS}&types=LOCATED_IN`);
    expect(blocked.found).to.equal(false);
  });

  const bad: [string, number, RegExp][] = [
    [`from=${IMSS}&to=${IMSS}`, 400, /different/],
    [`from=${IMSS}&to=person:nobody-at-all`, 404, /person:nobody-at-all/],
    [`from=${IMSS}&to=${ISSS}&maxLength=7`, 400, /query\.maxLength/],
    [`from=${IMSS}&to=${ISSS}&limit=21`, 400, /query\.limit/],
    [`from=${IMSS}&to=${ISSS}&types=MENTIONED_IN`, 400, /query\.types/],
    [`from=${IMSS}`, 400, /query\.to/],
  ];
  for (const [query, status, detail] of bad) {
    it(`answers ${status} to ?${query}`, async () => {
      const res = await request(app).get(`/api/paths?${query}`).expect(status);
      expect(res.headers['content-type']).to.match(/application\/problem\+json/);
      expect((res.body as Problem).detail).to.match(detail);
    });
  }
});
