// A researcher edits a release and runs `enlace ingest` on the folder again: the edited file replaces its
// earlier version (its old facts go, the new ones come, one Document for the file), the other documents
// are left as they were, entity ids stay, and a curation made in between is still in effect.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SEEDS_DIR, apiApp } from '../../helpers/api-app';
import { IMSS, curationClient, freshCurationLog, rows } from '../../helpers/curation';
import { clearGraph } from '../../helpers/database-hooks';
import { cliEnv, runCli } from '../../helpers/run-cli';

const EDITED = '004_f69e46667d061ba2.txt';
const OLD_SIGNER = 'person:cesar-duarte-jaquez';
const NEW_SIGNER = 'person:javier-corral-jurado';

/** Who signed what, as "person SIGNED agreement", each with the documents that state it. */
async function signatures(): Promise<string[]> {
  const found = await rows(
    'MATCH (p:Person)-[r:SIGNED]->(a:Agreement) RETURN p.id + " SIGNED " + a.id AS fact ORDER BY fact',
  );
  return found.map((row) => row.fact as string);
}

/** Each document other than the edited one: its id, file, and the entities and facts it contributes. */
async function otherDocuments(): Promise<string[]> {
  const found = await rows(
    `MATCH (d:Document) WHERE d.file <> $edited
     OPTIONAL MATCH (n:Entity)-[:MENTIONED_IN]->(d)
     WITH d, collect(n.id) AS entities
     OPTIONAL MATCH (:Entity)-[r]->(:Entity) WHERE d.id IN r.sources
     RETURN d.id + ' ' + d.file + ' ' + d.sha256 AS doc, entities, count(r) AS facts ORDER BY doc`,
    { edited: EDITED },
  );
  return found.map((row) => {
    const entities = [...(row.entities as string[])].sort().join(',');
    return `${String(row.doc)} facts=${String(row.facts)} entities=${entities}`;
  });
}

async function entityIds(): Promise<string[]> {
  const found = await rows('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
  return found.map((row) => row.id as string);
}

describe('cli: re-ingesting an edited file replaces its earlier version', function () {
  this.timeout(600_000);
  const log = freshCurationLog();
  const client = curationClient(() => apiApp({}, { curations: log }));
  const folder = join(mkdtempSync(join(tmpdir(), 'enlace-edited-')), 'releases');
  const env = () => cliEnv({ ENLACE_CURATIONS: log.file });

  before(async () => {
    await clearGraph();
    cpSync(SEEDS_DIR, folder, { recursive: true });
  });

  it('drops the old signer, adds the new one, keeps the other documents, ids and a curation', async () => {
    const first = await runCli(['ingest', folder], env());
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/5 loaded, 0 reloaded, 0 unchanged/);
    expect(await signatures()).to.satisfy((all: string[]) => all.some((f) => f.startsWith(OLD_SIGNER)));
    const [oldDocument] = await rows('MATCH (d:Document {file: $file}) RETURN d.id AS id', { file: EDITED });
    const rename = await client.edit({ op: 'rename', id: IMSS, name: 'IMSS (curated)', note: 'Short' });
    expect(rename.status, JSON.stringify(rename.body)).to.equal(201);
    const others = await otherDocuments();
    const ids = await entityIds();

    // The researcher corrects the governor's name in one release.
    const path = join(folder, EDITED);
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replaceAll('César Duarte Jáquez', 'Javier Corral Jurado')
        .replaceAll('César Duarte', 'Javier Corral'),
    );
    const again = await runCli(['ingest', folder], env());
    expect(again.code, again.stderr).to.equal(0);
    expect(again.stdout).to.match(/0 loaded, 1 reloaded \(1 changed since last loaded\), 4 unchanged/);
    expect(again.stdout).to.match(/Curations: 1 edit in effect/);

    const signed = await signatures();
    expect(
      signed.filter((f) => f.startsWith(`${OLD_SIGNER} `)),
      'the old signer',
    ).to.deep.equal([]);
    expect(
      signed.filter((f) => f.startsWith(`${NEW_SIGNER} `)),
      'the new signer',
    ).to.have.length(3);
    expect(await rows('MATCH (n:Entity {id: $id}) RETURN n', { id: OLD_SIGNER })).to.have.length(0);

    const documents = await rows('MATCH (d:Document {file: $file}) RETURN d.id AS id, d.source AS source', {
      file: EDITED,
    });
    expect(documents, 'one Document for the edited file').to.have.length(1);
    expect(documents[0]!.id).not.to.equal(oldDocument!.id);
    expect(documents[0]!.source).to.equal(path);
    expect(await rows('MATCH (d:Document) RETURN d')).to.have.length(5);
    expect(await otherDocuments(), 'the other documents').to.deep.equal(others);
    expect(await entityIds(), 'entity ids').to.deep.equal(
      [...ids.filter((id) => id !== OLD_SIGNER), NEW_SIGNER].sort(),
    );

    const [imss] = await rows('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: IMSS });
    expect(imss!.name, 'the curated name').to.equal('IMSS (curated)');
  });
});
