import { expect } from 'chai';
import type { Extraction } from '../../../model';
import { ChunkedLoader } from '../../../ingest/load-in-chunks';

const doc = (n: number) => ({ document: { id: `d${n}` } }) as unknown as Extraction;
const ids = (chunk: Extraction[]) => chunk.map((e) => e.document.id);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ChunkedLoader', () => {
  it('starts a small first chunk as soon as it can, then chunks of the later size, the rest at finish', async () => {
    const chunks: string[][] = [];
    const loader = new ChunkedLoader((chunk) => Promise.resolve(void chunks.push(ids(chunk))), {
      firstChunk: 2,
      chunk: 4,
    });
    for (let n = 0; n < 11; n++) {
      loader.add(doc(n));
      await tick();
    }
    await loader.finish();
    expect(chunks.map((c) => c.length)).to.deep.equal([2, 4, 4, 1]);
    expect(chunks.flat()).to.deep.equal([...Array(11).keys()].map((n) => `d${n}`));
  });

  it('never runs two chunks at once: documents arriving meanwhile wait for the next', async () => {
    let running = 0;
    let most = 0;
    const loader = new ChunkedLoader(
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      },
      { firstChunk: 1 },
    );
    for (let n = 0; n < 20; n++) loader.add(doc(n));
    await loader.finish();
    expect(most).to.equal(1);
  });

  it('loads everything at finish in one chunk when single', async () => {
    const chunks: string[][] = [];
    const loader = new ChunkedLoader((chunk) => Promise.resolve(void chunks.push(ids(chunk))), {
      firstChunk: 1,
      single: true,
    });
    for (let n = 0; n < 5; n++) loader.add(doc(n));
    await tick();
    expect(chunks).to.deep.equal([]);
    await loader.finish();
    expect(chunks).to.deep.equal([['d0', 'd1', 'd2', 'd3', 'd4']]);
  });

  it('stops after a failed chunk and throws its error at finish', async () => {
    let calls = 0;
    const loader = new ChunkedLoader(
      () => {
        calls++;
        return Promise.reject(new Error('database down'));
      },
      { firstChunk: 1 },
    );
    loader.add(doc(0));
    await tick();
    expect(loader.failed).to.equal(true);
    loader.add(doc(1));
    let error: unknown;
    await loader.finish().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('database down');
    expect(calls).to.equal(1);
  });
});
