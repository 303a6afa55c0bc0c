// loadExtractions on a real Neo4j, given a file whose content changed since it was loaded: found by its path
// or declared url, its earlier version's contributions are removed in the write's transaction.
import { expect } from 'chai';
import type { Extraction } from '../../../model';
import { loadExtractions } from '../../../ingest/load';
import { createGateway } from '../../../server/db';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { tinyExtraction } from '../../helpers/load-fixtures';

/** A tiny extraction read from `source`, content named by `content`, with an optional declared url. */
function version(content: string, source: string, url?: string): Extraction {
  const extraction = tinyExtraction(content);
  return { ...extraction, document: { ...extraction.document, file: 'release.txt', source, url } };
}

async function lines(query: string): Promise<string[]> {
  const { driver, database } = testDatabase();
  const { rows } = await createGateway(driver, database).read<{ line: string }>(query);
  return rows.map((row) => row.line);
}

const documents = () => lines('MATCH (d:Document) RETURN d.id AS line ORDER BY line');
const facts = () =>
  lines(`MATCH (a)-[r:SIGNED_WITH]->(b) RETURN a.id + ' ' + b.id + ' ' + r.sources[0] AS line ORDER BY line`);

describe('load: an edited document replaces its earlier version (real Neo4j)', () => {
  beforeEach(clearGraph);

  const cases: [string, Extraction, Extraction][] = [
    ['the same path', version('one', '/corpus/release.txt'), version('edited', '/corpus/release.txt')],
    [
      'the same declared url, read from another path',
      version('one', '/corpus/release.txt', 'https://example.org/r'),
      version('edited', '/moved/release.txt', 'https://example.org/r'),
    ],
  ];
  for (const [what, first, edited] of cases) {
    it(`finds it by ${what}: reloaded, its old facts and Document gone, the others kept`, async () => {
      const { driver, database } = testDatabase();
      const other = version('other', '/corpus/other.txt');
      await loadExtractions(driver, [first, other], { database });
      const summary = await loadExtractions(driver, [edited, other], { database });
      expect(summary).to.include({ loaded: 0, reloaded: 1, changed: 1, unchanged: 1, failed: 0 });
      expect(summary.documents[0]).to.include({
        status: 'reloaded',
        previous: 'doc:one',
        reason: 'content changed since last load (was doc:one)',
      });
      expect(await documents()).to.deep.equal(['doc:edited', 'doc:other']);
      expect(await facts()).to.deep.equal([
        'Institution:edited-a Institution:edited-b doc:edited',
        'Institution:other-a Institution:other-b doc:other',
      ]);
    });
  }

  it('leaves the earlier version as it was when writing the edited one fails', async () => {
    const { driver, database } = testDatabase();
    const gateway = createGateway(driver, database);
    await loadExtractions(driver, [version('one', '/corpus/release.txt')], { database });
    const before = [await documents(), await facts()];
    // A constraint the loader does not know about makes Neo4j reject the edited document's write.
    await gateway.write(
      'CREATE CONSTRAINT test_event_name IF NOT EXISTS FOR (n:Event) REQUIRE n.name IS UNIQUE',
    );
    try {
      const edited = version('edited', '/corpus/release.txt');
      edited.nodes.push(
        { id: 'Event:forum-1', label: 'Event', name: 'Foro', aliases: [] },
        { id: 'Event:forum-2', label: 'Event', name: 'Foro', aliases: [] },
      );
      const summary = await loadExtractions(driver, [edited], { database });
      expect(summary).to.include({ reloaded: 0, failed: 1 });
      expect([await documents(), await facts()]).to.deep.equal(before);
    } finally {
      await gateway.write('DROP CONSTRAINT test_event_name IF EXISTS');
    }
  });

  it('takes neither of two files of one load that declare one url for the stored one', async () => {
    const { driver, database } = testDatabase();
    const url = 'https://example.org/r';
    await loadExtractions(driver, [version('one', '/corpus/release.txt', url)], { database });
    const summary = await loadExtractions(
      driver,
      [version('mirror-a', '/a/release.txt', url), version('mirror-b', '/b/release.txt', url)],
      { database },
    );
    expect(summary).to.include({ loaded: 2, reloaded: 0, changed: 0 });
    expect(await documents()).to.deep.equal(['doc:mirror-a', 'doc:mirror-b', 'doc:one']);
  });
});
