// Workers kept between ingests: a second run takes the worker the first one handed back (already
// started), runs with another budget get their own, and closing the pool ends the idle ones.
import { join } from 'node:path';
import { expect } from 'chai';
import { extractInParallel } from '../../ingest/extract-in-parallel';
import { ExtractorPool } from '../../ingest/extractor-pool';
import { FILE_BUDGET } from '../../ingest/guarded-extract';
import { REPO_ROOT } from '../helpers/run-cli';

const SEED = join(REPO_ROOT, 'seeds', '000_ebabdbe520a716d8.txt');

async function titles(pool: ExtractorPool): Promise<string[]> {
  const out: string[] = [];
  await extractInParallel([SEED], { budget: FILE_BUDGET, workers: 1, pool }, (outcome) =>
    out.push('extraction' in outcome ? String(outcome.extraction.document.title) : outcome.reason),
  );
  return out;
}

describe('ingest: extraction workers kept between runs', function () {
  this.timeout(60_000);

  it('a second run reuses the started worker and extracts the same', async () => {
    const pool = new ExtractorPool();
    const first = await titles(pool);
    const worker = pool.take();
    pool.give(worker);
    const second = await titles(pool);
    expect(second).to.deep.equal(first);
    expect(first[0]).to.match(/CONVENIO/);
    expect(pool.take(), 'the same worker, handed back').to.equal(worker);
    await worker.stop();
  });

  it('keeps workers of another budget apart, and ends the idle ones on close', async () => {
    const pool = new ExtractorPool();
    const usual = pool.take();
    pool.give(usual);
    expect(pool.take({ timeMs: 1_000, memoryMb: 256 })).to.not.equal(usual);
    await pool.close();
    expect(pool.take(), 'a fresh worker after close').to.not.equal(usual);
  });
});
