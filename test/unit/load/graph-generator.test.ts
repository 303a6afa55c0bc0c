// bench/graph-generator: seeded, valid for the loader, and as large as the benchmark needs.
import { expect } from 'chai';
import { validateExtraction } from '../../../ingest/load';
import { DEFAULT_SPEC, generateGraph, graphSize } from '../../../bench/graph-generator';

describe('bench/graph-generator', () => {
  const small = { ...DEFAULT_SPEC, documents: 40 };

  it('gives the same extractions for the same seed, and others for another seed', () => {
    expect(generateGraph(small)).to.deep.equal(generateGraph(small));
    expect(generateGraph({ ...small, seed: 1 })).to.not.deep.equal(generateGraph(small));
  });

  it('produces extractions the loader accepts', () => {
    expect(generateGraph(small).flatMap(validateExtraction)).to.deep.equal([]);
  });

  it('keeps two prefixes apart', () => {
    const a = new Set(generateGraph(small).flatMap((e) => e.nodes.map((n) => n.id)));
    const b = generateGraph({ ...small, idPrefix: 'n' }).flatMap((e) => e.nodes.map((n) => n.id));
    expect(b.some((id) => a.has(id))).to.equal(false);
  });

  it('the default spec reaches 100,000 nodes and 300,000 relationships', function () {
    this.timeout(60_000);
    const size = graphSize(generateGraph());
    expect(size.nodes + size.documents).to.be.at.least(100_000);
    expect(size.facts).to.be.at.least(300_000);
  });
});
