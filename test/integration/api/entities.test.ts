// GET /api/entities/{id} against the seeds: posts with their dates, agreements, mentions, relations with
// evidence, redirects left by merges, and bad ids.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { EntityDetail, EntityRedirect } from '../../../model/api/entities';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { writeGraph } from '../../helpers/graph-writes';

const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';
const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const IMSS_ISSS = 'agreement:imss-isss';
const DOC_000 = 'doc:6d0964ada376c3ae';
const DOC_002 = 'doc:f75609e68cc24e73';

const path = (id: string, query = '') => `/api/entities/${encodeURIComponent(id)}${query}`;

describe('api: entities', function () {
  let app: Express;
  const get = async (id: string, query = '') =>
    (await request(app).get(path(id, query)).expect(200)).body as EntityDetail;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it("gives José Antonio González Anaya's posts with the dates of the documents stating them", async () => {
    const body = await get(GONZALEZ);
    expect(body.entity).to.include({ id: GONZALEZ, label: 'Person', name: 'José Antonio González Anaya' });
    expect(body.entity.aliases).to.include('González Anaya');
    const director = body.roles.find((r) => r.role === 'Director General');
    expect(director, 'Director General post').to.not.equal(undefined);
    expect(director!.institution.id).to.equal(IMSS);
    expect(director!.person.id).to.equal(GONZALEZ);
    expect(director!.firstSeen).to.equal('2014-05-09');
    expect(director!.lastSeen).to.equal('2015-07-24');
    expect(director!.relationshipId).to.equal(`${GONZALEZ}|HOLDS_ROLE|${IMSS}|Director General`);
    expect(director!.evidence.map((e) => e.document.id)).to.include(DOC_000);
    expect(director!.evidence.every((e) => e.text.includes('González Anaya'))).to.equal(true);
    // Document 002 names him with IMSS but states no post: a post of its own, null, undated sources only.
    const unstated = body.roles.find((r) => r.role === null);
    expect(unstated?.relationshipId).to.equal(`${GONZALEZ}|HOLDS_ROLE|${IMSS}`);
    expect([unstated?.firstSeen, unstated?.lastSeen]).to.deep.equal([null, null]);
    expect(body.rolesTotal).to.equal(2);
  });

  it('counts degree per type without MENTIONED_IN, and lists every agreement he signed', async () => {
    const body = await get(GONZALEZ);
    expect(body.degree.byType).to.deep.equal({ SIGNED: 5, PARTICIPATED_IN: 3, HOLDS_ROLE: 2 });
    expect(body.degree.total).to.equal(10);
    expect(body.relationsTotal).to.equal(10);
    expect(body.agreementsTotal).to.equal(5);
    expect(body.agreements.map((a) => a.involvement)).to.deep.equal(Array(5).fill(['signer']));
    // By date, undated last: the three of 2015-07-24 first.
    expect(body.agreements.map((a) => a.date)).to.deep.equal([
      '2015-07-24',
      '2015-07-24',
      '2015-07-24',
      null,
      null,
    ]);
    expect(body.agreement).to.equal(null);
  });

  it('lists the documents mentioning him with the character span of each mention', async () => {
    const body = await get(GONZALEZ);
    expect(body.mentionsTotal).to.equal(5);
    expect(body.mentions).to.have.length(5);
    const dated = body.mentions.map((m) => m.document.date);
    expect(dated.slice(0, 2)).to.deep.equal(['2015-07-24', '2014-05-09']); // newest first, undated last
    for (const mention of body.mentions) {
      expect(mention.spans.length, mention.document.id).to.be.greaterThan(0);
      for (const span of mention.spans) expect(span.end).to.be.greaterThan(span.start);
    }
  });

  it('gives IMSS its agreements as party, the posts in it and the programmes part of it', async () => {
    const body = await get(IMSS);
    expect(body.entity.acronym).to.equal('IMSS');
    expect(body.agreements.map((a) => a.id)).to.have.members([
      IMSS_ISSS,
      'agreement:gobierno-de-chiapas-imss',
      'agreement:imss-secretaria-de-salud-2015-07-24',
      'agreement:dif-imss-2015-07-24',
    ]);
    expect(body.agreements.every((a) => a.involvement.includes('party'))).to.equal(true);
    expect(body.roles.map((r) => r.person.id)).to.include(GONZALEZ);
    const partOf = body.relations.filter((r) => r.type === 'PART_OF');
    expect(partOf.map((r) => [r.other.id, r.direction])).to.have.deep.members([
      ['institution:imss-oportunidades', 'in'],
      ['institution:imss-prospera', 'in'],
    ]);
    expect(body.properties).to.not.have.property('sources');
  });

  it('gives an agreement its own summary: the one reported by documents 000 and 002 with both sources', async () => {
    const body = await get(IMSS_ISSS);
    const agreement = body.agreement!;
    expect(agreement.sources.map((s) => s.id)).to.have.members([DOC_000, DOC_002]);
    expect(agreement.sources.map((s) => s.file)).to.have.members([
      '000_ebabdbe520a716d8.txt',
      '002_aabe87b153c2bcaa.txt',
    ]);
    expect(agreement.parties.map((p) => p.acronym)).to.have.members(['IMSS', 'ISSS']);
    expect(agreement.signers.map((p) => p.id)).to.have.members([
      GONZALEZ,
      'person:leonel-antonio-flores-sosa',
    ]);
    expect(agreement.witnesses.map((p) => p.id)).to.deep.equal(['person:jaime-alfredo-miranda-flamenco']);
    expect(agreement.heldAt.map((p) => p.label)).to.have.members(['Event', 'Place']);
    expect(body.properties).to.have.property('title', agreement.name);
  });

  it('cites each relation with document title and date; the strongest first; relationsLimit caps every list', async () => {
    const full = await get(GONZALEZ);
    const first = full.relations[0]!;
    expect(first.sourceCount).to.equal(Math.max(...full.relations.map((r) => r.sourceCount)));
    expect(first).to.include({ type: 'HOLDS_ROLE', direction: 'out', role: 'Director General' });
    for (const relation of full.relations) {
      expect(relation.evidence.length, relation.id).to.equal(relation.evidenceCount);
      for (const evidence of relation.evidence) {
        expect(evidence.document.title, relation.id).to.be.a('string');
        expect(evidence.start, relation.id).to.be.a('number');
      }
    }
    const cut = await get(GONZALEZ, '?relationsLimit=3');
    expect(cut.relations.map((r) => r.id)).to.deep.equal(full.relations.slice(0, 3).map((r) => r.id));
    expect(cut.relationsTotal).to.equal(10);
    expect(cut.agreements).to.have.length(3);
    expect(cut.agreementsTotal).to.equal(5);
    expect(cut.mentions).to.have.length(3);
    const none = await get(GONZALEZ, '?relationsLimit=0');
    expect([none.relations, none.roles, none.agreements, none.mentions]).to.deep.equal([[], [], [], []]);
    expect(none.relationsTotal).to.equal(10);
  });

  it('answers a merged-away id with 308 to the surviving entity (chains too), or the entity with follow=true', async () => {
    await writeGraph(
      `CREATE (:Redirect {id: 'person:gonzalez-anaya-old', to: 'person:gonzalez-anaya-older'}),
              (:Redirect {id: 'person:gonzalez-anaya-older', to: $to})`,
      { to: GONZALEZ },
    );
    try {
      const res = await request(app).get(path('person:gonzalez-anaya-old', '?relationsLimit=5')).expect(308);
      expect(res.headers.location).to.equal(`/api/entities/${encodeURIComponent(GONZALEZ)}?relationsLimit=5`);
      expect(res.body as EntityRedirect).to.deep.include({
        id: GONZALEZ,
        redirectedFrom: 'person:gonzalez-anaya-old',
      });
      const followed = await get('person:gonzalez-anaya-old', '?follow=true');
      expect(followed.entity.id).to.equal(GONZALEZ);
      expect(followed.redirectedFrom).to.equal('person:gonzalez-anaya-old');
      const direct = await get(GONZALEZ);
      expect(direct).to.not.have.property('redirectedFrom');
    } finally {
      await writeGraph("MATCH (r:Redirect) WHERE r.id STARTS WITH 'person:gonzalez-anaya-old' DELETE r");
    }
  });

  it('returns names holding HTML or script text as data, unchanged', async () => {
    const name = '<script>alert("x")</script> & <b>Fundación</b>';
    await writeGraph(
      `CREATE (:Entity:Institution {id: 'institution:script-test', name: $name, aliases: ['<img src=x onerror=alert(1)>'], sources: []})`,
      { name },
    );
    try {
      const res = await request(app).get(path('institution:script-test')).expect(200);
      expect(res.headers['content-type']).to.match(/^application\/json/);
      expect((res.body as EntityDetail).entity.name).to.equal(name);
      expect((res.body as EntityDetail).entity.aliases).to.deep.equal(['<img src=x onerror=alert(1)>']);
    } finally {
      await writeGraph("MATCH (n:Entity {id: 'institution:script-test'}) DETACH DELETE n");
    }
  });

  const bad: [string, number, RegExp][] = [
    [path('person:nobody'), 404, /GET \/api\/search/],
    [path('<script>alert(1)</script>'), 404, /No entity has the id/],
    ['/api/entities/a%00b', 400, /^path\.id: must not contain NUL/],
    [`/api/entities/${'x'.repeat(301)}`, 400, /^path\.id/],
    ['/api/entities/%E0%A4%A', 400, /not validly encoded/],
    [path(GONZALEZ, '?relationsLimit=100000'), 400, /^query\.relationsLimit/],
    [path(GONZALEZ, '?relationsLimit=-1'), 400, /^query\.relationsLimit/],
    [path(GONZALEZ, '?relationsLimit=abc'), 400, /^query\.relationsLimit/],
    [path(GONZALEZ, '?relationsLimit=1.5'), 400, /^query\.relationsLimit/],
    [path(GONZALEZ, '?follow=maybe'), 400, /^query\.follow/],
    [path("person:x' OR 1=1 //"), 404, /No entity/],
    [path('person:x|SIGNED|y'), 404, /No entity/],
  ];
  for (const [url, status, detail] of bad) {
    it(`answers ${url.length > 90 ? `${url.slice(0, 40)}…` : url} with ${status} problem+json`, async () => {
      const res = await request(app).get(url).expect(status);
      expect(res.headers['content-type']).to.contain('application/problem+json');
      expect((res.body as { detail: string }).detail).to.match(detail);
    });
  }
});
