// A forced reload of documents already in the graph gives back the graph they made: the same ids (no
// "-2" beside the nodes the reload deletes), names, facts and mentions. Curation relies on it: its edits
// name entities by id and are re-applied after the reload.
import { join } from 'node:path';
import { TEST_EXTRACTORS } from '../../helpers/extractors';
import { ingestFiles } from '../../../ingest/ingest-files';
import { loadAliasRules } from '../../../ingest/resolve';
import { SEEDS_DIR, loadSeeds } from '../../helpers/api-app';
import { testDatabase } from '../../helpers/database-hooks';
import { dumpGraph, expectSameGraph } from '../../helpers/graph-dump';
import { REPO_ROOT } from '../../helpers/run-cli';
import { expect } from 'chai';

describe('forced reload (integration)', () => {
  before(loadSeeds);

  const cases: [string, string[]][] = [
    ['every document', [SEEDS_DIR]],
    ['one document whose entities other documents name too', [join(SEEDS_DIR, '003_1eea4cdae7b12c38.txt')]],
  ];
  for (const [what, paths] of cases) {
    it(`should keep the graph as it was when reloading ${what}`, async () => {
      const before = await dumpGraph();
      const { driver, database } = testDatabase();
      const summary = await ingestFiles(driver, paths, {
        database,
        extractors: TEST_EXTRACTORS,
        force: true,
        aliasRules: await loadAliasRules(join(REPO_ROOT, 'aliases.yml')),
      });
      expect(summary.failures).to.deep.equal([]);
      expect(summary.load.reloaded).to.be.greaterThan(0);
      expectSameGraph(await dumpGraph(), before, `after reloading ${what}`);
    });
  }
});
