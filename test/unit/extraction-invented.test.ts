// Extraction quality on invented press releases (test/fixtures/invented: Chile, Guatemala, Spain,
// Argentina, Honduras, Peru, Ecuador; Spanish and English; txt, md and html; one meeting without a
// signing). Written apart from the extraction rules, so they check that the rules generalise.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { extractDocument } from '../../ingest/extract';
import { readDocument } from '../../ingest/read';
import type { Extraction } from '../../model';

interface Prf {
  f1: number;
}
type ScoreFn = (
  gold: unknown[],
  pred: Extraction[],
) => { entities: Prf; coreRelations: Prf; agreements: { gold: number; predicted: number } };

const FIXTURES = resolve(import.meta.dirname, '../fixtures/invented');
const SCORER = resolve(import.meta.dirname, '../../../shared/eval/score.mjs');

describe('extraction quality on invented documents', function () {
  this.timeout(60000);

  it('should stay above its floor, and find exactly the agreements signed', async () => {
    const { score } = (await import(pathToFileURL(SCORER).href)) as { score: ScoreFn };
    const gold = readdirSync(join(FIXTURES, 'gold'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(FIXTURES, 'gold', f), 'utf8')) as unknown);
    const docs = readdirSync(join(FIXTURES, 'docs')).sort();
    const predictions: Extraction[] = [];
    for (const file of docs)
      predictions.push(extractDocument(await readDocument(join(FIXTURES, 'docs', file))));
    const s = score(gold, predictions);
    console.log(
      `      invented: entity F1 ${s.entities.f1.toFixed(3)}, core-relation F1 ${s.coreRelations.f1.toFixed(3)}`,
    );
    expect(s.entities.f1, 'entity F1').to.be.at.least(0.95);
    expect(s.coreRelations.f1, 'core-relation F1').to.be.at.least(0.95);
    expect(s.agreements.predicted, 'agreements').to.equal(s.agreements.gold);
  });
});
