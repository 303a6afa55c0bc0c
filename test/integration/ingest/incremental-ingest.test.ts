// Ingesting documents one at a time gives the same entities as ingesting them together.
import { join } from 'node:path';
import { TEST_EXTRACTORS } from '../../helpers/extractors';
import { expect } from 'chai';
import { ingestFiles } from '../../../ingest/ingest-files';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { REPO_ROOT } from '../../helpers/run-cli';

const seed = (name: string) => join(REPO_ROOT, 'seeds', name);

async function rows(query: string): Promise<Record<string, unknown>[]> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, {}, { database });
  return result.records.map((r) => r.toObject());
}

describe('incremental ingest (integration)', () => {
  before(async () => {
    await clearGraph();
    const { driver, database } = testDatabase();
    for (const file of ['000_ebabdbe520a716d8.txt', '002_aabe87b153c2bcaa.txt']) {
      const summary = await ingestFiles(driver, [seed(file)], { database, extractors: TEST_EXTRACTORS });
      expect(summary.failures, file).to.deep.equal([]);
    }
  });

  it('should join a short name in a later document to the person already in the graph', async () => {
    const people = await rows(
      "MATCH (p:Person) WHERE p.name CONTAINS 'Leonel' OR any(a IN p.aliases WHERE a CONTAINS 'Leonel') RETURN p.name AS name, p.aliases AS aliases",
    );
    expect(people).to.have.length(1);
    expect(people[0]!.name).to.equal('Leonel Antonio Flores Sosa');
    expect(people[0]!.aliases).to.include('Leonel Flores');
  });

  it('should keep one agreement reported by both documents, with both as sources', async () => {
    const agreements = await rows(
      "MATCH (:Institution {acronym: 'IMSS'})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution {acronym: 'ISSS'}) " +
        'MATCH (a)-[:MENTIONED_IN]->(d:Document) RETURN a.id AS id, collect(d.file) AS files',
    );
    expect(agreements).to.have.length(1);
    expect(agreements[0]!.files).to.have.members(['000_ebabdbe520a716d8.txt', '002_aabe87b153c2bcaa.txt']);
  });
});
