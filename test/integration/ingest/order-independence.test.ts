// The graph depends on the documents, not on the order they arrived in: one corpus with homonyms, ingested
// in one pass, in two halves, in the reverse order, and loaded in many small chunks while the rest is still
// being extracted, gives the same canonical dump (ids included).
import { expect } from 'chai';
import { TEST_EXTRACTORS } from '../../helpers/extractors';
import { ingestFiles, type IngestOptions } from '../../../ingest/ingest-files';
import { writeCorpusFolders, type CorpusFolders } from '../../helpers/corpus-folders';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { dumpGraph, expectSameGraph, type GraphDump } from '../../helpers/graph-dump';

async function ingestInTurn(folders: string[], options: IngestOptions = {}): Promise<GraphDump> {
  await clearGraph();
  const { driver, database } = testDatabase();
  for (const folder of folders) {
    const summary = await ingestFiles(driver, [folder], {
      database,
      extractors: TEST_EXTRACTORS,
      ...options,
    });
    expect(summary.failures, folder).to.deep.equal([]);
  }
  return dumpGraph();
}

describe('ingest order independence (integration)', function () {
  this.timeout(600_000);
  let corpus: CorpusFolders;
  let onePass: GraphDump;

  before(async () => {
    corpus = writeCorpusFolders({ seed: 13, count: 240, parts: 2 });
    // One pass in the strict sense: every file extracted, then one load.
    onePass = await ingestInTurn([corpus.all], { loadWhileExtracting: false });
  });

  it('the corpus is varied and holds homonyms told apart by context, so the comparison means something', () => {
    const ids = onePass.entities.map((line) => line.split(' ')[0]!);
    expect(ids.length).to.be.greaterThan(300);
    expect(ids.filter((id) => id.includes('--')).length, 'qualified homonym ids').to.be.greaterThan(0);
    expect(
      onePass.facts.filter((line) => /sources=\["[^"]+","/.test(line)).length,
      'facts from several documents',
    ).to.be.greaterThan(0);
  });

  it('two halves one after the other give the one-pass graph', async () => {
    expectSameGraph(await ingestInTurn(corpus.parts), onePass, 'halves');
  });

  it('small chunks loaded while extracting give the one-pass graph, each file reported once', async () => {
    await clearGraph();
    const { driver, database } = testDatabase();
    const summary = await ingestFiles(driver, [corpus.all], {
      database,
      extractors: TEST_EXTRACTORS,
      firstChunk: 7,
      chunk: 30,
    });
    expect(summary.failures).to.deep.equal([]);
    expect(summary.load.documents).to.have.length(summary.files);
    expect(summary.load.loaded).to.equal(summary.files);
    expect(summary.reresolved, 'documents of this run are not counted as re-resolved').to.equal(0);
    expectSameGraph(await dumpGraph(), onePass, 'chunks');
  });

  it('the halves in the reverse order give the one-pass graph', async () => {
    expectSameGraph(await ingestInTurn([...corpus.parts].reverse()), onePass, 'reverse');
  });
});
