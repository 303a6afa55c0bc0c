// Writers take turns through the database's write lock: two `enlace ingest` processes at once give the graph
// of one pass, and an ingest that finds the lock taken says that it waits and for whom, then goes on.
import { expect } from 'chai';
import { TEST_EXTRACTORS } from '../../helpers/extractors';
import { describeHolder, withWriteLock } from '../../../server/db';
import { writeCorpusFolders, type CorpusFolders } from '../../helpers/corpus-folders';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';
import { ingestFiles } from '../../../ingest/ingest-files';
import { runCli } from '../../helpers/run-cli';

async function locks(): Promise<number> {
  const { driver, database } = testDatabase();
  const { records } = await driver.executeQuery(
    'MATCH (l:EnlaceLock) RETURN count(l) AS n',
    {},
    { database },
  );
  return Number(records[0]!.get('n'));
}

describe('concurrent ingests (integration)', function () {
  this.timeout(600_000);
  let corpus: CorpusFolders;

  before(() => {
    corpus = writeCorpusFolders({ seed: 29, count: 90, parts: 2 });
  });

  it('two enlace ingest processes at once give the one-pass graph, and leave no lock behind', async () => {
    await clearGraph();
    const { driver, database } = testDatabase();
    expect(
      (await ingestFiles(driver, [corpus.all], { database, extractors: TEST_EXTRACTORS })).failures,
    ).to.deep.equal([]);
    const onePass = await dumpGraph();
    await clearGraph();
    const results = await Promise.all(corpus.parts.map((folder) => runCli(['ingest', folder])));
    for (const result of results) expect(result.code, result.stderr).to.equal(0);
    expectSameGraph(await dumpGraph(), onePass, 'two processes at once');
    expect(await locks()).to.equal(0);
  });

  it('an ingest that finds the lock taken waits, says for whom, and loads once it is free', async () => {
    await clearGraph();
    const { driver, database } = testDatabase();
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = withWriteLock(driver, database, { owner: 'a test holding the lock' }, async () => {
      holding();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await held;
    const ingest = runCli(['ingest', corpus.parts[0]!]);
    // Each try to claim the lock counts on its node: the holder's claim was the first.
    for (let claims = 1; claims < 2; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const { records } = await driver.executeQuery(
        'MATCH (l:EnlaceLock) RETURN l.claims AS claims',
        {},
        { database },
      );
      claims = Number(records[0]?.get('claims') ?? 0);
    }
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) RETURN count(d) AS n',
      {},
      { database },
    );
    expect(Number(records[0]!.get('n')), 'nothing written while the lock is held').to.equal(0);
    release();
    await holder;
    const result = await ingest;
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.match(/Waiting: a test holding the lock \(pid \d+ on .+, since .+\) is writing/);
    expect(result.stdout).to.match(/45 loaded/);
    expect(describeHolder({ owner: 'x', pid: 1, host: 'h', started: 's' })).to.equal(
      'x (pid 1 on h, since s)',
    );
  });
});
