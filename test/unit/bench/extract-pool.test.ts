// Tests of the extraction benchmark's worker pool with a stand-in extractor (2 workers, a few documents).
import { expect } from 'chai';
import type { BenchDocument, DocumentResult } from '../../../bench/extract-protocol';
import { extractInProcess, extractWithPool, moduleUrl } from '../../../bench/extract-pool';

const STAND_IN = new URL('./fixtures/stand-in-extractor.ts', import.meta.url);

const docs: BenchDocument[] = Array.from({ length: 25 }, (_, i) => ({
  file: `doc-${i}.txt`,
  text: `El Instituto Uno (IU${String.fromCharCode(65 + (i % 26))}) y la Universidad (UD) firmaron un convenio.`,
}));

describe('bench extractWithPool', () => {
  it('should throw if given an invalid number of threads or batch size', async () => {
    for (const options of [{ threads: 0 }, { threads: 1.5 }, { batchSize: 0 }]) {
      let error: unknown;
      try {
        await extractWithPool(docs, { extractor: STAND_IN, ...options });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(options))
        .to.be.an('error')
        .with.property('message')
        .match(/bench pool/);
    }
  });

  it('extracts N documents on 2 workers and returns N results, each file once', async () => {
    const results: DocumentResult[] = [];
    const report = await extractWithPool(docs, {
      extractor: STAND_IN,
      threads: 2,
      batchSize: 4,
      onResult: (r) => results.push(r),
    });
    expect(report.documents).to.equal(docs.length);
    expect(report.failed).to.equal(0);
    expect(results.map((r) => r.file).sort()).to.deep.equal(docs.map((d) => d.file).sort());
    expect(report.nodes).to.equal(2 * docs.length);
    expect(report.workerHeapPeak).to.be.greaterThan(0);
    expect(report.peakRss).to.be.at.least(report.rssStart);
  });

  it('sends back trimmed extractions when asked to keep them', async () => {
    const results: DocumentResult[] = [];
    await extractWithPool(docs.slice(0, 3), {
      extractor: STAND_IN,
      threads: 2,
      keep: true,
      onResult: (r) => results.push(r),
    });
    const first = results.find((r) => r.file === 'doc-0.txt');
    expect(first?.extraction).to.deep.equal({
      document: { file: 'doc-0.txt' },
      nodes: [
        { id: 'Institution:iua', label: 'Institution', name: 'IUA', aliases: [] },
        { id: 'Institution:ud', label: 'Institution', name: 'UD', aliases: [] },
      ],
      relationships: [],
    });
  });

  it('reports a failing document by its file and goes on with the others', async () => {
    const withBad = [...docs.slice(0, 4), { file: 'bad.txt', text: 'FAIL-ME' }, ...docs.slice(4, 8)];
    const report = await extractWithPool(withBad, { extractor: STAND_IN, threads: 2, batchSize: 2 });
    expect(report.documents).to.equal(9);
    expect(report.failed).to.equal(1);
    expect(report.errors).to.deep.equal(['bad.txt: stand-in extractor asked to fail']);
  });

  it('matches the single-thread baseline result for result', async () => {
    const pooled = await extractWithPool(docs, { extractor: STAND_IN, threads: 2 });
    const single = await extractInProcess(docs, { extractor: STAND_IN });
    expect(single.documents).to.equal(pooled.documents);
    expect(single.nodes).to.equal(pooled.nodes);
    expect(single.workerHeapPeak).to.equal(0);
  });

  it('rejects a module without an extract function, naming it', async () => {
    let error: unknown;
    try {
      await extractInProcess(docs, {
        extractor: new URL('../../../bench/corpus/random.ts', import.meta.url),
      });
    } catch (e) {
      error = e;
    }
    expect(error)
      .to.be.an('error')
      .with.property('message')
      .match(/random\.ts does not export/);
  });
});

describe('bench extractWithPool start-up', () => {
  it('rejects when the workers cannot load the extractor module', async () => {
    let error: unknown;
    try {
      await extractWithPool(docs, {
        extractor: new URL('./fixtures/no-such-module.ts', import.meta.url),
        threads: 2,
      });
    } catch (e) {
      error = e;
    }
    expect(error)
      .to.be.an('error')
      .with.property('message')
      .match(/no-such-module/);
  });
});

describe('bench moduleUrl', () => {
  const cases: [string, string][] = [
    ['file:///x/y.ts', 'file:///x/y.ts'],
    ['/x/y.ts', 'file:///x/y.ts'],
  ];
  for (const [input, expected] of cases) {
    it(`moduleUrl("${input}") is ${expected}`, () => expect(moduleUrl(input)).to.equal(expected));
  }
});
