// POST /api/curations and undo against the seeds: who may write, bad input, and every kind of edit
// undone to exactly the graph before it.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Curation, CurationCreated, CurationPage, CurationRequest } from '../../../model/api/curation';
import { tokenFingerprint } from '../../../server/http/auth';
import type { CurationLog } from '../../../server/services/curation';
import { resolveEntityId } from '../../../server/services/entity-ids';
import { readGraphVersion } from '../../../server/services/graph-version';
import { TEST_TOKEN, apiApp, loadSeeds } from '../../helpers/api-app';
import {
  AUTH,
  ESSALUD,
  IMSS,
  IPSS,
  ISSS,
  LEONEL,
  LEONEL_TITULAR,
  curationClient,
  freshCurationLog,
  rows,
  testGateway as gateway,
} from '../../helpers/curation';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';

describe('api: curation edits', function () {
  let log: CurationLog;
  let app: Express;
  const auth = AUTH;
  const { edit, undo } = curationClient(() => app);

  before(async () => {
    await loadSeeds();
    log = freshCurationLog();
    app = apiApp({}, { curations: log });
  });

  describe('who may write', () => {
    const body = { op: 'rename', id: IMSS, name: 'IMSS', note: 'Shorter' };
    for (const [what, headers, status] of [
      ['without a token', {}, 401],
      ['with a wrong token', { Authorization: 'Bearer not-the-token' }, 403],
    ] as const) {
      it(`refuses an edit and an undo ${what} (${status}) and changes nothing`, async () => {
        const before = await dumpGraph();
        const res = await request(app).post('/api/curations').set(headers).send(body).expect(status);
        expect(res.headers['content-type']).to.contain('application/problem+json');
        await request(app).post('/api/curations/x/undo').set(headers).send({ note: 'n' }).expect(status);
        expectSameGraph(await dumpGraph(), before, `after an edit ${what}`);
      });
    }

    it('lets anyone read the log without a token', async () => {
      await request(app).get('/api/curations').expect(200);
    });
  });

  describe('malformed requests', () => {
    const cases: [string, unknown, RegExp][] = [
      ['no note', { op: 'rename', id: IMSS, name: 'X' }, /^body\.note/],
      ['a blank note', { op: 'rename', id: IMSS, name: 'X', note: '   ' }, /^body\.note: say why/],
      ['an unknown op', { op: 'explode', id: IMSS, note: 'n' }, /^body\.op/],
      ['a missing field', { op: 'merge', from: IPSS, note: 'n' }, /^body\.into/],
      ['a merge into itself', { op: 'merge', from: IPSS, into: IPSS, note: 'n' }, /itself/],
      ['a rename to an empty name', { op: 'rename', id: IMSS, name: '  ', note: 'n' }, /^body\.name/],
      [
        'a label that is not an entity label',
        { op: 'relabel', id: IMSS, label: 'Document', note: 'n' },
        /^body\.label/,
      ],
      ['a NUL byte', { op: 'add-alias', id: IMSS, alias: 'a\u0000b', note: 'n' }, /^body\.alias/],
      ['an unknown field', { op: 'rename', id: IMSS, name: 'X', note: 'n', force: true }, /force/],
      ['a number for a name', { op: 'rename', id: IMSS, name: 42, note: 'n' }, /^body\.name/],
      [
        'a text that is no relationship id',
        { op: 'delete-relationship', relationshipId: 'nope', note: 'n' },
        /relationship id/,
      ],
      [
        'a mention for a fact',
        { op: 'delete-relationship', relationshipId: `${IMSS}|MENTIONED_IN|doc:x`, note: 'n' },
        /mention/,
      ],
      ['an array', [], /^body/],
    ];
    for (const [what, body, detail] of cases) {
      it(`answers ${what} with a 400 problem naming the field`, async () => {
        const res = await edit(body as object).expect(400);
        expect(res.headers['content-type']).to.contain('application/problem+json');
        expect((res.body as { detail: string }).detail, what).to.match(detail);
      });
    }

    it('answers a body that is not JSON with 4xx, and an undo without a note with 400', async () => {
      await request(app)
        .post('/api/curations')
        .set(auth)
        .set('Content-Type', 'text/plain')
        .send('merge')
        .expect(415);
      await request(app)
        .post('/api/curations')
        .set(auth)
        .set('Content-Type', 'application/json')
        .send('{"op": ')
        .expect(400);
      await request(app).post('/api/curations/x/undo').set(auth).send({}).expect(400);
    });

    const unknown: [string, object][] = [
      ['merge from an unknown id', { op: 'merge', from: 'institution:nowhere', into: IMSS, note: 'n' }],
      ['merge into an unknown id', { op: 'merge', from: IPSS, into: 'institution:nowhere', note: 'n' }],
      ['rename an unknown id', { op: 'rename', id: 'person:nobody', name: 'X', note: 'n' }],
      [
        'delete an unknown relationship',
        { op: 'delete-relationship', relationshipId: `${IMSS}|PART_OF|${ISSS}`, note: 'n' },
      ],
      [
        'restore a relationship never deleted',
        { op: 'restore-relationship', relationshipId: LEONEL_TITULAR, note: 'n' },
      ],
    ];
    for (const [what, body] of unknown) {
      it(`answers ${what} with 404`, async () => {
        const res = await edit(body).expect(404);
        expect((res.body as { detail: string }).detail).to.match(/no |No /);
      });
    }

    it('answers unknown curation ids with 404', async () => {
      await request(app).get('/api/curations/nope').expect(404);
      await undo('nope').expect(404);
    });

    const nothingToChange: [string, object][] = [
      [
        'a rename to the same name',
        { op: 'rename', id: IMSS, name: 'Instituto Mexicano del Seguro Social', note: 'n' },
      ],
      ['an alias it already has', { op: 'add-alias', id: IMSS, alias: 'IMSS', note: 'n' }],
      ['removing an alias it lacks', { op: 'remove-alias', id: IMSS, alias: 'ISSS', note: 'n' }],
      ['splitting off an alias it lacks', { op: 'split-alias', id: IMSS, alias: 'ISSS', note: 'n' }],
      ['a label it has', { op: 'relabel', id: IMSS, label: 'Institution', note: 'n' }],
      ['a merge across labels', { op: 'merge', from: LEONEL, into: IMSS, note: 'n' }],
    ];
    for (const [what, body] of nothingToChange) {
      it(`answers ${what} with 409 and records nothing`, async () => {
        const before = (await request(app).get('/api/curations').expect(200)).body as CurationPage;
        const res = await edit(body).expect(409);
        expect(res.headers['content-type']).to.contain('application/problem+json');
        const after = (await request(app).get('/api/curations').expect(200)).body as CurationPage;
        expect(after.total).to.equal(before.total);
      });
    }
  });

  describe('each edit, undone, leaves the graph exactly as it was', () => {
    const cases: [string, CurationRequest, (created: CurationCreated) => void | Promise<void>][] = [
      [
        'merge',
        { op: 'merge', from: IPSS, into: ESSALUD, note: 'EsSalud was the IPSS until 1999' },
        async ({ entity }) => {
          expect(entity?.id).to.equal(ESSALUD);
          expect(entity?.aliases).to.include('Instituto Peruano de Seguridad Social');
          expect(await rows('MATCH (n:Entity {id: $id}) RETURN n', { id: IPSS })).to.have.length(0);
          expect(await resolveEntityId(gateway(), IPSS)).to.deep.equal({ id: ESSALUD, redirectedFrom: IPSS });
          const mentions = await rows(
            'MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(d) RETURN d.id AS doc, count(m) AS n',
            { id: ESSALUD },
          );
          expect(
            mentions.map((m) => Number(m.n)),
            'one MENTIONED_IN per document',
          ).to.deep.equal(mentions.map(() => 1));
        },
      ],
      [
        'rename',
        { op: 'rename', id: ESSALUD, name: 'EsSalud', note: 'The name it uses itself' },
        ({ entity }) => {
          expect(entity?.name).to.equal('EsSalud');
          expect(entity?.aliases).to.include('Seguro Social de Salud del Perú');
          expect(entity?.id).to.equal(ESSALUD);
        },
      ],
      [
        'add-alias',
        {
          op: 'add-alias',
          id: IMSS,
          alias: 'Seguro Social Mexicano',
          note: 'As the foreign press writes it',
        },
        ({ entity }) => {
          expect(entity?.aliases).to.include('Seguro Social Mexicano');
        },
      ],
      [
        'remove-alias',
        {
          op: 'remove-alias',
          id: IMSS,
          alias: 'Seguro Social',
          note: 'Too generic: names any social security',
        },
        ({ entity }) => {
          expect(entity?.aliases).to.not.include('Seguro Social');
        },
      ],
      [
        'split-alias',
        {
          op: 'split-alias',
          id: LEONEL,
          alias: 'Leonel Flores',
          note: 'Another Leonel Flores signed in 002',
        },
        async ({ entity, curation }) => {
          expect(entity).to.include({ id: 'person:leonel-flores', name: 'Leonel Flores', label: 'Person' });
          expect(curation.params).to.deep.include({ newId: 'person:leonel-flores' });
          const moved = await rows(
            `MATCH (:Entity {id: 'person:leonel-flores'})-[r]->(o) RETURN type(r) AS type, o.id AS other ORDER BY type`,
          );
          expect(moved.map((r) => r.type)).to.include.members(['MENTIONED_IN', 'SIGNED']);
          const left = await rows('MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases', { id: LEONEL });
          expect(left[0]!.aliases).to.not.include('Leonel Flores');
        },
      ],
      [
        'relabel',
        {
          op: 'relabel',
          id: 'place:casa-de-gobierno',
          label: 'Institution',
          note: 'Here it names the state government, not the building',
        },
        async ({ entity }) => {
          expect(entity?.label).to.equal('Institution');
          const labels = await rows(
            `MATCH (n:Entity {id: 'place:casa-de-gobierno'}) RETURN labels(n) AS labels`,
          );
          expect(labels[0]!.labels).to.have.members(['Entity', 'Institution']);
        },
      ],
      [
        'delete-relationship',
        {
          op: 'delete-relationship',
          relationshipId: LEONEL_TITULAR,
          note: 'He is its director, not "titular"',
        },
        async ({ entity, curation }) => {
          expect(entity).to.equal(undefined);
          expect(curation.params).to.deep.include({ relationshipId: LEONEL_TITULAR });
          const left = await rows(
            `MATCH (:Entity {id: $from})-[r:HOLDS_ROLE {role: 'titular'}]->(:Entity {id: $to}) RETURN r`,
            { from: LEONEL, to: ISSS },
          );
          expect(left).to.have.length(0);
        },
      ],
    ];

    for (const [op, body, check] of cases) {
      it(`${op}: applied (201), then undone (200) to the graph as it was before`, async () => {
        const before = await dumpGraph();
        const version = await readGraphVersion(gateway());
        const res = await edit(body).expect(201);
        const created = res.body as CurationCreated;
        expect(created.curation).to.include({
          op,
          note: body.note,
          undone: false,
          by: tokenFingerprint(TEST_TOKEN),
        });
        await check(created);
        expect(await readGraphVersion(gateway())).to.be.greaterThan(version);
        const undone = await undo(created.curation.id).expect(200);
        expect((undone.body as { curation: Curation }).curation).to.include({
          undone: true,
          undoNote: 'Undone in a test',
        });
        expectSameGraph(await dumpGraph(), before, `after undoing ${op}`);
        await undo(created.curation.id).expect(409);
      });
    }

    it('restore-relationship brings a deleted fact back; undoing both leaves the graph as it was', async () => {
      const before = await dumpGraph();
      const deleted = (
        await edit({ op: 'delete-relationship', relationshipId: LEONEL_TITULAR, note: 'Wrong post' }).expect(
          201,
        )
      ).body as CurationCreated;
      const restored = (
        await edit({
          op: 'restore-relationship',
          relationshipId: LEONEL_TITULAR,
          note: 'It was right',
        }).expect(201)
      ).body as CurationCreated;
      expect(restored.curation.params).to.deep.equal({
        relationshipId: LEONEL_TITULAR,
        deletion: deleted.curation.id,
      });
      expectSameGraph(await dumpGraph(), before, 'after the restore');
      await edit({ op: 'restore-relationship', relationshipId: LEONEL_TITULAR, note: 'Again' }).expect(404);
      const blocked = await undo(deleted.curation.id).expect(409);
      expect((blocked.body as { detail: string }).detail).to.include(restored.curation.id);
      await undo(restored.curation.id).expect(200);
      expect(
        await rows('MATCH (:Entity {id: $id})-[r:HOLDS_ROLE {role: "titular"}]->() RETURN r', { id: LEONEL }),
      ).to.have.length(0);
      await undo(deleted.curation.id).expect(200);
      expectSameGraph(await dumpGraph(), before, 'after undoing both');
    });
  });
});
