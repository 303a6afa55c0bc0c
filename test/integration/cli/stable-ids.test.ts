// Ids a researcher saved stay good: `enlace ingest --force` of the same folder, twice in a row, leaves
// every node with the id it had (homonyms included), and `enlace export --around` given an id that a
// re-load did away with says "not found" instead of exporting another entity.
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SEEDS_DIR } from '../../helpers/api-app';
import { writeCorpusFolders } from '../../helpers/corpus-folders';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';
import { cliEnv, runCli } from '../../helpers/run-cli';

async function entityIds(): Promise<string[]> {
  const { driver, database } = testDatabase();
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) RETURN n.id + " " + n.name AS line ORDER BY line',
    {},
    { database },
  );
  return records.map((record) => record.get('line') as string);
}

async function ingest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const result = await runCli(['ingest', ...args], cliEnv(env));
  expect(result.code, `enlace ingest ${args.join(' ')}:\n${result.stdout}${result.stderr}`).to.equal(0);
}

describe('cli: ids stay put across re-loads', function () {
  this.timeout(600_000);

  it('ingest --force of the same folder, twice in a row, keeps every id (homonyms too)', async () => {
    await clearGraph();
    const { all } = writeCorpusFolders({ seed: 13, count: 60, parts: 1 });
    await ingest([all]);
    const ids = await entityIds();
    const dump = await dumpGraph();
    // Qualified homonym ids are the ones that used to alternate: the corpus must hold some.
    expect(ids.filter((line) => line.split(' ')[0]!.includes('--')).length, 'homonym ids').to.be.greaterThan(
      0,
    );
    for (const round of ['first', 'second']) {
      await ingest(['--force', all]);
      expect(await entityIds(), `ids after the ${round} --force`).to.deep.equal(ids);
      expectSameGraph(await dumpGraph(), dump, `the graph after the ${round} --force`);
    }
  });

  it('export --around an id that a re-load did away with is "not found", never another entity', async () => {
    await clearGraph();
    const folder = mkdtempSync(join(tmpdir(), 'enlace-stale-'));
    copyFileSync(join(SEEDS_DIR, '000_ebabdbe520a716d8.txt'), join(folder, 'release.txt'));
    await ingest([folder]);
    const staleId = 'institution:instituto-mexicano-del-seguro-social';
    expect(await entityIds()).to.include(`${staleId} Instituto Mexicano del Seguro Social`);

    // A researcher's rename, applied by a re-load: the entity now has another id, and the old one is gone.
    const aliases = join(folder, 'aliases.yml');
    writeFileSync(
      aliases,
      'rename:\n  - label: Institution\n    from: Instituto Mexicano del Seguro Social\n    to: Seguro Social de México\n',
    );
    await ingest(['--force', folder], { ENLACE_ALIASES: aliases });
    const after = await entityIds();
    expect(after).to.include('institution:seguro-social-de-mexico Seguro Social de México');
    expect(after.filter((line) => line.startsWith(`${staleId} `))).to.deep.equal([]);

    // The old id, and one of the counter-suffixed kind that earlier versions gave homonyms.
    for (const id of [staleId, `${staleId}-7`]) {
      const out = join(folder, 'around.json');
      const result = await runCli(['export', '--around', id, '--format', 'json', '--out', out]);
      expect(result.code, id).to.equal(1);
      expect(result.stderr, id).to.contain(`No entity has the id "${id}"`);
      expect(existsSync(out), `${id}: no file written`).to.equal(false);
    }
  });
});
