// Ids a researcher saved stay good: `enlace ingest --force` of the same folder, twice in a row, leaves
// every node with the id it had (homonyms included).
import { expect } from 'chai';
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
    const { all } = writeCorpusFolders({ seed: 13, count: 120, parts: 1 });
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
});
