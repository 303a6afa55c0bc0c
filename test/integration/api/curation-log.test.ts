// Curation beyond one edit: merges that combine provenance and leave chained redirects, the log in the
// graph and in the curation file, and a wiped graph rebuilt from the same documents and that file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { ingestWithCurations } from '../../../cli/ingest-with-curations';
import { loadAliasRules } from '../../../ingest/resolve';
import type { Curation, CurationCreated, CurationPage } from '../../../model/api/curation';
import { tokenFingerprint } from '../../../server/http/auth';
import { readLog, type CurationLog } from '../../../server/services/curation';
import { resolveEntityId } from '../../../server/services/entity-ids';
import { SEEDS_DIR, TEST_TOKEN, apiApp, loadSeeds } from '../../helpers/api-app';
import {
  AUTH,
  DIF,
  ESSALUD,
  IMSS,
  INSTITUTO_SALUD,
  IPSS,
  ISSS,
  LEONEL,
  LEONEL_TITULAR,
  SALUD,
  SALUD_2,
  curationClient,
  freshCurationLog,
  rows,
  testGateway as gateway,
} from '../../helpers/curation';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';
import { REPO_ROOT } from '../../helpers/run-cli';

describe('api: curation log, merges and rebuilds', function () {
  let log: CurationLog;
  let app: Express;
  const auth = AUTH;
  const { edit, undo } = curationClient(() => app);

  before(async () => {
    await loadSeeds();
    log = freshCurationLog();
    app = apiApp({}, { curations: log });
  });

  describe('merges', () => {
    it("combine the merged node's facts with the survivor's: one fact, both sources, parallel evidence", async () => {
      const before = await dumpGraph();
      const signedWith = () =>
        rows(
          `MATCH (a:Entity)-[r:SIGNED_WITH]-(b:Entity {id: $imss}) WHERE a.id IN [$dif, $salud]
           RETURN startNode(r).id AS from, endNode(r).id AS to, r.sources AS sources, r.agreements AS agreements,
                  r.evidence AS evidence, r.evidenceSources AS evidenceSources, r.evidenceOffsets AS evidenceOffsets`,
          { imss: IMSS, dif: DIF, salud: SALUD },
        );
      const parts = await signedWith();
      expect(parts, 'DIF and the Secretaría each signed with the IMSS').to.have.length(2);
      const res = await edit({
        op: 'merge',
        from: DIF,
        into: SALUD,
        note: 'Test: one body under two names',
      }).expect(201);
      const [combined, ...others] = await signedWith();
      expect(others).to.have.length(0);
      // SIGNED_WITH has no direction: stored from the smaller id to the larger.
      expect(combined).to.include({ from: IMSS, to: SALUD });
      const union = (key: string) => [...new Set(parts.flatMap((p) => p[key] as string[]))].sort();
      expect([...(combined!.sources as string[])].sort()).to.deep.equal(union('sources'));
      expect([...(combined!.agreements as string[])].sort()).to.deep.equal(union('agreements'));
      const evidence = combined!.evidence as string[];
      expect(evidence).to.have.length(parts.reduce((n, p) => n + (p.evidence as string[]).length, 0));
      expect(combined!.evidenceSources).to.have.length(evidence.length);
      expect(combined!.evidenceOffsets).to.have.length(evidence.length);
      const partyTo = await rows(
        `MATCH (:Entity {id: $salud})-[:PARTY_TO]->(a:Agreement {id: 'agreement:dif-imss-2015-07-24'}) RETURN a`,
        { salud: SALUD },
      );
      expect(partyTo, 'the merged node’s agreement is now the survivor’s').to.have.length(1);
      await undo((res.body as CurationCreated).curation.id).expect(200);
      expectSameGraph(await dumpGraph(), before, 'after undoing the merge');
    });

    it('leave redirects that chain: A into B, then B into C, and A answers C; undo goes newest first', async () => {
      const before = await dumpGraph();
      const first = (
        await edit({ op: 'merge', from: SALUD_2, into: SALUD, note: 'Same ministry' }).expect(201)
      ).body as CurationCreated;
      const again = (await edit({ op: 'merge', from: SALUD_2, into: SALUD, note: 'Twice' }).expect(400))
        .body as {
        detail: string;
      };
      expect(again.detail).to.include('already merged');
      const old = (
        await edit({ op: 'merge', from: SALUD_2, into: INSTITUTO_SALUD, note: 'Old id' }).expect(409)
      ).body as { detail: string };
      expect(old.detail).to.include(`was merged into "${SALUD}"`);
      const chain = (
        await edit({ op: 'merge', from: SALUD, into: INSTITUTO_SALUD, note: 'Same body again' }).expect(201)
      ).body as CurationCreated;
      expect(await resolveEntityId(gateway(), SALUD_2)).to.deep.equal({
        id: INSTITUTO_SALUD,
        redirectedFrom: SALUD_2,
      });
      const blocked = await undo(first.curation.id).expect(409);
      expect((blocked.body as { detail: string }).detail).to.include(chain.curation.id);
      await undo(chain.curation.id).expect(200);
      await undo(first.curation.id).expect(200);
      expectSameGraph(await dumpGraph(), before, 'after undoing both merges');
      expect(await resolveEntityId(gateway(), SALUD_2)).to.deep.equal({ id: SALUD_2 });
    });
  });

  describe('the log', () => {
    it('lists edits newest first, by entity, in pages, with who (a fingerprint) and why', async () => {
      const a = (await edit({ op: 'add-alias', id: IMSS, alias: 'El Seguro', note: 'First' }).expect(201))
        .body as CurationCreated;
      const b = (
        await edit({ op: 'add-alias', id: ISSS, alias: 'Seguro Salvadoreño', note: 'Second' }).expect(201)
      ).body as CurationCreated;
      const page = (await request(app).get('/api/curations?limit=1').expect(200)).body as CurationPage;
      expect(page.items.map((c) => c.id)).to.deep.equal([b.curation.id]);
      expect(page.nextOffset).to.equal(1);
      const next = (await request(app).get('/api/curations?limit=1&offset=1').expect(200))
        .body as CurationPage;
      expect(next.items.map((c) => c.id)).to.deep.equal([a.curation.id]);
      const mine = (await request(app).get('/api/curations').query({ entity: ISSS }).expect(200))
        .body as CurationPage;
      expect(mine.items.map((c) => c.id))
        .to.include(b.curation.id)
        .and.not.include(a.curation.id);
      const one = (await request(app).get(`/api/curations/${a.curation.id}`).expect(200)).body as Curation;
      expect(one).to.include({ note: 'First', by: tokenFingerprint(TEST_TOKEN) });
      expect(JSON.stringify(one)).to.not.include(TEST_TOKEN);
      await undo(b.curation.id).expect(200);
      await undo(a.curation.id).expect(200);
      await request(app).get('/api/curations?limit=501').expect(400);
    });

    it('writes every edit and every undo to the curation file, one JSON record a line, never the token', async () => {
      const text = readFileSync(log.file, 'utf8');
      expect(text).to.not.include(TEST_TOKEN);
      const entries = await readLog(log.file);
      const page = (await request(app).get('/api/curations?limit=500').expect(200)).body as CurationPage;
      const edits = entries.filter((e) => e.op !== 'undo');
      expect(edits.map((e) => e.id)).to.deep.equal([...page.items].reverse().map((c) => c.id));
      const undos = entries.filter((e) => e.op === 'undo').map((e) => (e as { target: string }).target);
      expect(new Set(undos)).to.deep.equal(new Set(page.items.filter((c) => c.undone).map((c) => c.id)));
    });
  });

  describe('a wiped graph, the same documents and the curation file', () => {
    it('give the curated graph again, and its edits can still be undone', async () => {
      const wiped = freshCurationLog();
      const curatedApp = apiApp({}, { curations: wiped });
      const post = (body: object) =>
        request(curatedApp).post('/api/curations').set(auth).send(body).expect(201);
      const before = await dumpGraph();
      await post({ op: 'merge', from: IPSS, into: ESSALUD, note: 'EsSalud was the IPSS' });
      const rename = (await post({ op: 'rename', id: ESSALUD, name: 'EsSalud', note: 'Its own name' }))
        .body as CurationCreated;
      await post({ op: 'delete-relationship', relationshipId: LEONEL_TITULAR, note: 'Wrong post' });
      await post({ op: 'split-alias', id: LEONEL, alias: 'Leonel Flores', note: 'Another person' });
      await post({
        op: 'relabel',
        id: 'place:casa-de-gobierno',
        label: 'Institution',
        note: 'The government',
      });
      await post({ op: 'remove-alias', id: IMSS, alias: 'Seguro Social', note: 'Too generic' });
      const curated = await dumpGraph();

      await clearGraph();
      const { driver, database } = testDatabase();
      const summary = await ingestWithCurations(driver, [SEEDS_DIR], {
        database,
        aliasRules: await loadAliasRules(join(REPO_ROOT, 'aliases.yml')),
        curations: wiped,
      });
      expect(summary.failures).to.deep.equal([]);
      expect(summary.curations).to.include({ active: 6, fromFile: 6, toFile: 0 });
      expect(summary.curations.failed).to.deep.equal([]);
      expectSameGraph(await dumpGraph(), curated, 'the graph rebuilt from the documents and the file');
      const listed = (await request(curatedApp).get('/api/curations').expect(200)).body as CurationPage;
      expect(listed.total).to.equal(6);

      // Undone newest first, back to the graph of the documents alone.
      for (const item of listed.items) {
        const res = await request(curatedApp)
          .post(`/api/curations/${item.id}/undo`)
          .set(auth)
          .send({ note: 'Back to the documents' });
        expect(res.status, `${item.op}: ${JSON.stringify(res.body)}`).to.equal(200);
      }
      expectSameGraph(await dumpGraph(), before, 'after undoing every edit of the rebuilt graph');
      const again = await request(curatedApp)
        .post(`/api/curations/${rename.curation.id}/undo`)
        .set(auth)
        .send({ note: 'x' });
      expect(again.status).to.equal(409);
    });
  });
});
