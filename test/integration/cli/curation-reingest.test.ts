// Corrections survive a reload: a curated merge, rename and relationship deletion made through the API
// are still there after the real `enlace ingest --force` of the same documents, and undoing them gives
// back the graph as it was before them. A curation file that cannot be read stops the ingest first.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { CurationCreated } from '../../../model/api/curation';
import { resolveEntityId } from '../../../server/services/entity-ids';
import { SEEDS_DIR, apiApp, loadSeeds } from '../../helpers/api-app';
import {
  ESSALUD,
  IPSS,
  LEONEL_TITULAR,
  curationClient,
  freshCurationLog,
  rows,
  testGateway,
} from '../../helpers/curation';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';
import { cliEnv, runCli } from '../../helpers/run-cli';

describe('curation survives enlace ingest --force (CLI, integration)', function () {
  const log = freshCurationLog();
  const file = log.file;
  const client = curationClient(() => apiApp({}, { curations: log }));
  const edit = (body: object) => client.edit(body).expect(201);
  const undo = (id: string) => client.undo(id, 'Back');

  before(loadSeeds);

  it('keeps a merge, a rename and a deleted relationship through a forced reload; undo gives the graph before them', async () => {
    const original = await dumpGraph();
    const merge = (await edit({ op: 'merge', from: IPSS, into: ESSALUD, note: 'EsSalud was the IPSS' }))
      .body as CurationCreated;
    const rename = (await edit({ op: 'rename', id: ESSALUD, name: 'EsSalud', note: 'Its own name' }))
      .body as CurationCreated;
    const deletion = (
      await edit({ op: 'delete-relationship', relationshipId: LEONEL_TITULAR, note: 'Wrong post' })
    ).body as CurationCreated;
    const curated = await dumpGraph();

    const result = await runCli(['ingest', '--force', SEEDS_DIR], cliEnv({ ENLACE_CURATIONS: file }));
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/5 reloaded/);
    expect(result.stdout).to.match(/Curations: 3 edits in effect from .*curations\.jsonl/);

    expectSameGraph(await dumpGraph(), curated, 'the graph after ingest --force');
    expect(await resolveEntityId(testGateway(), IPSS)).to.deep.equal({
      id: ESSALUD,
      redirectedFrom: IPSS,
    });
    const essalud = await rows('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliases AS aliases', {
      id: ESSALUD,
    });
    expect(essalud[0]!.name).to.equal('EsSalud');
    expect(essalud[0]!.aliases).to.include.members([
      'Seguro Social de Salud del Perú',
      'Instituto Peruano de Seguridad Social',
    ]);
    expect(await rows('MATCH (n:Entity {id: $id}) RETURN n', { id: IPSS })).to.have.length(0);
    expect(
      await rows(
        "MATCH (:Entity {id: 'person:leonel-antonio-flores-sosa'})-[r:HOLDS_ROLE {role: 'titular'}]->() RETURN r",
      ),
    ).to.have.length(0);

    const blocked = await undo(merge.curation.id);
    expect(blocked.status).to.equal(409);
    expect((blocked.body as { detail: string }).detail).to.include(rename.curation.id);
    for (const id of [rename.curation.id, deletion.curation.id, merge.curation.id])
      expect((await undo(id)).status, id).to.equal(200);
    expectSameGraph(await dumpGraph(), original, 'the graph after undoing the three edits');

    const again = await runCli(['ingest', '--force', SEEDS_DIR], cliEnv({ ENLACE_CURATIONS: file }));
    expect(again.code, again.stderr).to.equal(0);
    expect(again.stdout).to.match(/Curations: 0 edits in effect/);
    expectSameGraph(await dumpGraph(), original, 'a reload after the undos');
  });

  it('stops before loading anything when the curation file cannot be read, naming its line', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'enlace-cli-curations-')), 'curations.jsonl');
    writeFileSync(
      broken,
      '# mine\n{"id": "x", "op": "merge", "params": {}, "note": "n", "at": "t", "by": ""}\n',
    );
    const before = await dumpGraph();
    const result = await runCli(['ingest', '--force', SEEDS_DIR], cliEnv({ ENLACE_CURATIONS: broken }));
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include(`${broken}:2: params.from`);
    expectSameGraph(await dumpGraph(), before, 'the graph after the refused ingest');
  });
});
