// Tests of the benchmark's tables: figures derived from a run report.
import { expect } from 'chai';
import type { RunReport } from '../../../bench/extract-pool';
import type { ScoreSummary } from '../../../bench/score-loader';
import { errorKinds, memoryTable, targetLines, throughputTable } from '../../../bench/extract-report';

const MB = 1024 * 1024;
const report = (documents: number, seconds: number): RunReport => ({
  documents,
  failed: 0,
  errors: [],
  nodes: 0,
  relationships: 0,
  startupSeconds: 1,
  seconds,
  cpuSeconds: seconds * 2,
  peakRss: 400 * MB,
  rssStart: 300 * MB,
  rssMiddle: 380 * MB,
  rssEnd: 390 * MB,
  workerHeapPeak: 90 * MB,
  stoppedEarly: false,
});

describe('bench extract-report', () => {
  const parallel = { name: 'pool', report: report(5000, 20), words: 2_200_000 };
  const single = { name: 'single', report: report(5000, 40), words: 2_200_000 };

  it('prints documents/s, words/s and memory per run', () => {
    const text = throughputTable([parallel, single]);
    expect(text).to.match(
      /pool\s+5,000\s+2,200,000\s+20\.00\s+250\s+110,000\s+40\.00\s+125\s+400 MB\s+90 MB/,
    );
    expect(memoryTable([parallel])).to.match(/pool\s+300 MB\s+380 MB\s+390 MB\s+90 MB/);
  });

  it('gives the speed-up and says whether each target is met', () => {
    expect(targetLines(parallel, single, 2)).to.deep.equal([
      'speed-up (pool vs single): 2.00x',
      'CPU-bound estimate for 2 threads on an idle machine: 250 docs/s, 110,000 words/s',
      'target >= 200 docs/s: 250 docs/s, met',
      'target ~100,000 words/s: 110,000 words/s, met',
    ]);
    const slow = { ...parallel, report: report(1000, 20) };
    expect(targetLines(slow, single, 2)[2]).to.equal('target >= 200 docs/s: 50 docs/s, NOT met');
  });

  it('lists the commonest kinds of error first, with examples', () => {
    const zero = { p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 0 };
    const doc = (file: string, notes: string[]) => ({ file, entities: zero, relations: zero, notes });
    const summary = {
      perDoc: [
        doc('a.txt', ['  FN HELD_AT convenio -> Salón Juárez', '  FP entity Place "Central"']),
        doc('b.txt', ['  FN HELD_AT acuerdo -> Aula Magna', '  no prediction for this document']),
      ],
    } as unknown as ScoreSummary;
    expect(errorKinds(summary, 5, 1).split('\n')).to.deep.equal([
      'FN HELD_AT: 2',
      '    a.txt: convenio -> Salón Juárez',
      'FP entity Place: 1',
      '    a.txt: "Central"',
    ]);
  });
});
