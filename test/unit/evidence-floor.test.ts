// Evidence floor: on every corpus, the share of facts whose evidence names each endpoint other than the
// Agreement (bench/evidence/check.ts says what names one) stays at or above EVIDENCE_FLOOR. The
// extractor reaches 1.00 on all four; the floor leaves a small margin for a rule that reads a fact
// whose endpoint is named nowhere in the text. `npm run bench:evidence` lists every failing fact.
import { expect } from 'chai';
import { checkEvidence, shownShare } from '../../bench/evidence/check';
import { EVIDENCE_CORPORA, extractCorpus } from '../../bench/evidence/corpora';

const EVIDENCE_FLOOR = 0.97;

describe('evidence shows the fact (all corpora)', function () {
  this.timeout(120000);
  for (const corpus of EVIDENCE_CORPORA) {
    it(`${corpus}: at least ${EVIDENCE_FLOOR} of facts cite a sentence naming each endpoint`, async () => {
      const check = checkEvidence(await extractCorpus(corpus));
      const share = shownShare(check);
      const failing = check.failures.map(
        (f) =>
          `  ${f.file}: ${f.type} ${f.from} -> ${f.to} (${f.rule}) does not name ${f.unnamed.join(', ')}`,
      );
      console.log(`      ${corpus}: ${check.shown}/${check.facts} (${share.toFixed(3)})`);
      expect(
        share,
        `${corpus} evidence share ${share.toFixed(3)}; failing facts:\n${failing.join('\n')}`,
      ).to.be.at.least(EVIDENCE_FLOOR);
    });
  }
});
