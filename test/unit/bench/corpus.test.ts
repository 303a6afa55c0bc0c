// Tests of the synthetic-corpus generator: determinism, gold consistency, negatives, lengths and shares.
import { expect } from 'chai';
import { ENDPOINTS } from '../../../model';
import type { CorpusDocument, GoldDocument } from '../../../bench/corpus';
import { countWords, generateCorpus, MAX_WORDS, MIN_WORDS } from '../../../bench/corpus';
import type { ScoredExtraction } from '../../../bench/extract-protocol';
import { loadScorer } from '../../../bench/score-loader';

const SIGNING_TYPES = ['PARTY_TO', 'SIGNED', 'SIGNED_WITH', 'WITNESSED_BY'];

/** The gold itself as an extraction: a perfect prediction the scorer must score 1.0. */
function goldAsPrediction(gold: GoldDocument): ScoredExtraction {
  return {
    document: { file: gold.file },
    nodes: gold.entities.map((e) => ({ id: e.key, label: e.label, name: e.name, aliases: e.aliases ?? [] })),
    relationships: gold.relationships
      .filter((r) => !r.optional)
      .map((r) => ({ type: r.type, from: r.from, to: r.to })),
  };
}

describe('bench/corpus generateCorpus', () => {
  let corpus: CorpusDocument[];
  before(() => {
    corpus = generateCorpus({ seed: 42, count: 300 });
  });

  it('should throw if given invalid options', () => {
    const bad = [
      { seed: 1.5, count: 1 },
      { seed: 1, count: -1 },
      { seed: 1, count: 1, englishShare: 2 },
      { seed: 1, count: 1, negativeShare: -0.1 },
    ];
    for (const options of bad)
      expect(() => generateCorpus(options), JSON.stringify(options)).to.throw(/corpus:/);
  });

  it('gives the same documents for the same seed and others for another seed', () => {
    const again = generateCorpus({ seed: 42, count: 300 });
    expect(again).to.deep.equal(corpus);
    // No document of one seed anywhere in the other's (neighbouring seeds once shared shifted documents).
    const texts = new Set(corpus.map((d) => d.text));
    for (const seed of [41, 43]) {
      const shared = generateCorpus({ seed, count: 300 }).filter((d) => texts.has(d.text)).length;
      expect(shared, `seed ${seed}`).to.equal(0);
    }
  });

  it('names each file after the seed and index, and the gold after its file', () => {
    expect(corpus[0]?.file).to.equal('syn-42-000000.txt');
    expect(corpus[299]?.file).to.equal('syn-42-000299.txt');
    for (const d of corpus) expect(d.gold.file, d.file).to.equal(d.file);
  });

  it('keeps every document within the word range, counted on its text', () => {
    for (const d of corpus) {
      expect(d.words, d.file).to.equal(countWords(d.text));
      expect(d.words, d.file).to.be.within(MIN_WORDS, MAX_WORDS);
    }
  });

  it('writes every gold name and alias in the text', () => {
    for (const d of corpus) {
      for (const e of d.gold.entities) {
        for (const form of [e.name, ...(e.aliases ?? [])]) {
          expect(d.text.includes(form), `${d.file}: ${e.label} "${form}"`).to.equal(true);
        }
      }
    }
  });

  it('links relationships only between entity keys, with labels the schema allows', () => {
    for (const d of corpus) {
      const labels = new Map(d.gold.entities.map((e) => [e.key, e.label]));
      expect(labels.size, `${d.file}: duplicate keys`).to.equal(d.gold.entities.length);
      for (const r of d.gold.relationships) {
        const from = labels.get(r.from);
        const to = labels.get(r.to);
        const where = `${d.file}: ${r.type} ${r.from} -> ${r.to}`;
        expect(from, where).to.not.equal(undefined);
        expect(to, where).to.not.equal(undefined);
        expect(ENDPOINTS[r.type].from, where).to.include(from);
        expect(ENDPOINTS[r.type].to, where).to.include(to);
      }
    }
  });

  it('states no agreement in negative documents, and one signed by its parties in the others', () => {
    const negatives = corpus.filter((d) => d.negative);
    expect(negatives.length).to.be.greaterThan(0);
    for (const d of corpus) {
      const agreements = d.gold.entities.filter((e) => e.label === 'Agreement');
      const signing = d.gold.relationships.filter((r) => SIGNING_TYPES.includes(r.type));
      if (d.negative) {
        expect(agreements, d.file).to.have.length(0);
        expect(signing, d.file).to.have.length(0);
      } else {
        expect(agreements, d.file).to.have.length(1);
        const parties = d.gold.relationships.filter((r) => r.type === 'PARTY_TO' && !r.optional);
        expect(parties.length, d.file).to.be.within(2, 3);
        expect(d.gold.relationships.filter((r) => r.type === 'SIGNED').length, d.file).to.equal(
          parties.length,
        );
      }
    }
  });

  it('dates each document from its dateline', () => {
    for (const d of corpus) expect(d.gold.date, d.file).to.match(/^20[12]\d-[01]\d-[0-3]\d$/);
  });

  it('draws about the requested shares of English and negative documents', () => {
    const share = (f: (d: CorpusDocument) => boolean): number => corpus.filter(f).length / corpus.length;
    expect(share((d) => d.lang === 'en')).to.be.within(0.05, 0.16);
    expect(share((d) => d.negative)).to.be.within(0.09, 0.22);
    const spanishOnly = generateCorpus({ seed: 5, count: 50, englishShare: 0, negativeShare: 1 });
    expect(spanishOnly.every((d) => d.lang === 'es' && d.negative)).to.equal(true);
  });

  it('writes about one document in ten as Markdown with front matter or as HTML', () => {
    const md = corpus.filter((d) => d.format === 'md');
    const html = corpus.filter((d) => d.format === 'html');
    expect(md.length + html.length).to.be.within(12, 50);
    for (const d of md) expect(d.text, d.file).to.match(/^---\ntitle: "/);
    for (const d of html) expect(d.text, d.file).to.match(/^<!DOCTYPE html>/);
    for (const d of corpus) expect(d.file.endsWith(`.${d.format}`), d.file).to.equal(true);
  });

  it('is scored 1.0 by the shared scorer when the prediction is the gold itself', async () => {
    const score = await loadScorer();
    const s = score(
      corpus.map((d) => d.gold),
      corpus.map((d) => goldAsPrediction(d.gold)),
    );
    expect(s.missingDocs).to.equal(0);
    expect(s.entities.f1).to.equal(1);
    expect(s.coreRelations.f1).to.equal(1);
    expect(s.agreements.predicted).to.equal(s.agreements.gold);
  });
});
