// GET /api/relationships/{id} against the seeds: a fact by its stable id with endpoints, evidence and
// sources; ids taken from entity pages; unordered SIGNED_WITH; malformed and unknown ids.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { relationshipId } from '../../../model';
import type { EntityDetail } from '../../../model/api/entities';
import type { RelationshipDetail } from '../../../model/api/relationships';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { testDatabase } from '../../helpers/database-hooks';
import { writeGraph } from '../../helpers/graph-writes';

const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';
const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const ISSS = 'institution:instituto-salvadoreno-del-seguro-social';
const DOC_000 = 'doc:6d0964ada376c3ae';
const DOC_002 = 'doc:f75609e68cc24e73';

const path = (id: string, query = '') => `/api/relationships/${encodeURIComponent(id)}${query}`;

/** The text of each document, read straight from the graph. */
async function documentTexts(): Promise<Map<string, string>> {
  const { driver, database } = testDatabase();
  const session = driver.session({ database });
  try {
    const result = await session.run('MATCH (d:Document) RETURN d.id AS id, d.text AS text');
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('text') as string]));
  } finally {
    await session.close();
  }
}

describe('api: relationships', function () {
  let app: Express;
  const get = async (id: string, query = '') =>
    (await request(app).get(path(id, query)).expect(200)).body as RelationshipDetail;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('gives a signature reported by documents 000 and 002 with both sources and each sentence at its span', async () => {
    const id = relationshipId(GONZALEZ, 'SIGNED', 'agreement:imss-isss');
    const body = await get(id);
    expect(body).to.include({ id, type: 'SIGNED', role: null });
    expect(body.from.name).to.equal('José Antonio González Anaya');
    expect(body.to.id).to.equal('agreement:imss-isss');
    expect(body.sources.map((s) => s.id)).to.have.members([DOC_000, DOC_002]);
    expect(body.rules).to.deep.equal(['person-subject-of-signing']);
    expect(body.evidence).to.have.length(2);
    expect(body.evidenceTotal).to.equal(2);
    const texts = await documentTexts();
    for (const evidence of body.evidence) {
      const text = texts.get(evidence.document.id)!;
      expect(text.slice(evidence.start!, evidence.end!), evidence.document.id).to.equal(evidence.text);
      expect(evidence.document.file).to.match(/^00[02]_/);
    }
  });

  it('answers every relation id an entity page lists', async () => {
    const page = (
      await request(app)
        .get(`/api/entities/${encodeURIComponent(IMSS)}`)
        .expect(200)
    ).body as EntityDetail;
    expect(page.relations.length).to.be.greaterThan(5);
    for (const relation of page.relations) {
      const body = await get(relation.id);
      expect(body.id, relation.id).to.equal(relation.id);
      expect(body.evidence.length, relation.id).to.equal(relation.evidenceCount);
      expect([body.from.id, body.to.id], relation.id).to.include(relation.other.id);
    }
  });

  it('keeps the post in HOLDS_ROLE ids; the post-less one is a fact of its own', async () => {
    const withPost = await get(relationshipId(GONZALEZ, 'HOLDS_ROLE', IMSS, 'Director General'));
    expect(withPost.role).to.equal('Director General');
    expect(withPost.sources).to.have.length(4);
    const without = await get(relationshipId(GONZALEZ, 'HOLDS_ROLE', IMSS));
    expect(without.role).to.equal(null);
    expect(without.sources.map((s) => s.id)).to.deep.equal([DOC_002]);
    await request(app)
      .get(path(relationshipId(GONZALEZ, 'HOLDS_ROLE', IMSS, 'Jardinero')))
      .expect(404);
  });

  it('answers SIGNED_WITH in either order with the stored id, and lists its agreements', async () => {
    const stored = relationshipId(IMSS, 'SIGNED_WITH', ISSS);
    for (const asked of [stored, relationshipId(ISSS, 'SIGNED_WITH', IMSS)]) {
      const body = await get(asked);
      expect(body.id, asked).to.equal(stored);
      expect(body.properties.agreements, asked).to.deep.equal(['agreement:imss-isss']);
    }
    // Directed types do not answer backwards.
    await request(app)
      .get(path(relationshipId('agreement:imss-isss', 'SIGNED', GONZALEZ)))
      .expect(404);
  });

  it('caps the sentences with evidenceLimit and says how many there are', async () => {
    const id = relationshipId('institution:imss-oportunidades', 'PART_OF', IMSS);
    const body = await get(id, '?evidenceLimit=2');
    expect(body.evidence).to.have.length(2);
    expect(body.evidenceTotal).to.equal(5);
  });

  it('answers a fact named by a merged-away endpoint with 308 at its current id', async () => {
    await writeGraph("CREATE (:Redirect {id: 'person:gonzalez-anaya-merged', to: $to})", { to: GONZALEZ });
    try {
      const res = await request(app)
        .get(path(relationshipId('person:gonzalez-anaya-merged', 'SIGNED', 'agreement:imss-isss')))
        .expect(308);
      expect(res.headers.location).to.equal(path(relationshipId(GONZALEZ, 'SIGNED', 'agreement:imss-isss')));
    } finally {
      await writeGraph("MATCH (r:Redirect {id: 'person:gonzalez-anaya-merged'}) DELETE r");
    }
  });

  const bad: [string, number, RegExp][] = [
    [path('nothing-here'), 400, /not a relationship id/],
    [path('a||b'), 400, /not a relationship id/],
    [path('a|FRIENDS_WITH|b'), 400, /not a fact type/],
    [path('a|MENTIONED_IN|b'), 400, /not a fact type/],
    [path('a|signed|b'), 400, /not a fact type/],
    [path('a|SIGNED|b|extra'), 400, /Only HOLDS_ROLE ids carry a post/],
    [path(relationshipId(GONZALEZ, 'SIGNED', 'agreement:nothing')), 404, /GET \/api\/entities/],
    [path('<script>|SIGNED|</script>'), 404, /holds no SIGNED/],
    ['/api/relationships/a%00%7CSIGNED%7Cb', 400, /^path\.id: must not contain NUL/],
    ['/api/relationships/%FF%FE', 400, /not validly encoded/],
    [`/api/relationships/${'a'.repeat(1001)}`, 400, /^path\.id/],
    [
      path(relationshipId(GONZALEZ, 'SIGNED', 'agreement:imss-isss'), '?evidenceLimit=99999'),
      400,
      /^query\.evidenceLimit/,
    ],
    [
      path(relationshipId(GONZALEZ, 'SIGNED', 'agreement:imss-isss'), '?evidenceLimit=x'),
      400,
      /^query\.evidenceLimit/,
    ],
  ];
  for (const [url, status, detail] of bad) {
    it(`answers ${url.length > 90 ? `${url.slice(0, 40)}…` : url} with ${status} problem+json`, async () => {
      const res = await request(app).get(url).expect(status);
      expect(res.headers['content-type']).to.contain('application/problem+json');
      expect((res.body as { detail: string }).detail).to.match(detail);
    });
  }
});
