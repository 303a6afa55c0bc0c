// A merge added to the curated aliases after the documents were loaded: the next ingest resolves the stored
// documents again with it, and a reload (--force) too leaves one node holding the facts of both.
import { join } from 'node:path';
import { TEST_EXTRACTORS } from '../../helpers/extractors';
import { expect } from 'chai';
import { formatIngestSummary, signedChange } from '../../../cli/commands/ingest';
import { ingestFiles } from '../../../ingest/ingest-files';
import { parseAliasRules, type AliasRules } from '../../../ingest/resolve';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { REPO_ROOT } from '../../helpers/run-cli';

const files = ['000_ebabdbe520a716d8.txt', '002_aabe87b153c2bcaa.txt'].map((name) =>
  join(REPO_ROOT, 'seeds', name),
);

async function rows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((r) => r.toObject());
}

const institutionsNamed = (names: string[]) =>
  rows(
    'MATCH (i:Institution) WHERE i.name IN $names OR any(a IN i.aliases WHERE a IN $names) ' +
      'RETURN i.id AS id, i.name AS name, i.aliases AS aliases ORDER BY id',
    { names },
  );

describe('curated merge after ingest (integration)', () => {
  let names: string[];
  let rules: AliasRules;

  beforeEach(async () => {
    await clearGraph();
    const { driver, database } = testDatabase();
    for (const file of files)
      expect(
        (await ingestFiles(driver, [file], { database, extractors: TEST_EXTRACTORS })).failures,
      ).to.deep.equal([]);
    const before = await rows(
      "MATCH (i:Institution) WHERE i.acronym IN ['IMSS', 'ISSS'] RETURN i.name AS name ORDER BY i.acronym",
    );
    names = before.map((row) => String(row.name));
    expect(names, 'two institutions before the rule').to.have.length(2);
    rules = parseAliasRules(
      `merge:\n  - label: Institution\n    name: ${names[0]}\n    aliases: [${names[1]}]\n`,
      'aliases.yml',
    );
  });

  it('should apply a new rule at the next ingest: the documents it concerns are rewritten, one node left', async () => {
    const { driver, database } = testDatabase();
    const summary = await ingestFiles(driver, files, {
      database,
      extractors: TEST_EXTRACTORS,
      aliasRules: rules,
    });
    expect(summary.failures).to.deep.equal([]);
    expect(summary.load.reloaded).to.equal(2);
    expect(summary.load.unchanged).to.equal(0);
    expect(summary.separateInGraph).to.deep.equal([]);
    const after = await institutionsNamed(names);
    expect(after, JSON.stringify(after)).to.have.length(1);
    expect(after[0]!.name).to.equal(names[0]);
  });

  it("should leave one node with both nodes' facts once the documents are reloaded with the rule", async () => {
    const { driver, database } = testDatabase();
    const summary = await ingestFiles(driver, files, {
      database,
      extractors: TEST_EXTRACTORS,
      aliasRules: rules,
      force: true,
    });
    expect(summary.failures).to.deep.equal([]);
    expect(summary.load.reloaded).to.equal(2);
    expect(summary.separateInGraph).to.deep.equal([]);
    // A forced reload deletes and recreates nodes: the summary reports the graph's net change (counted in
    // the database), never the nodes the reload created.
    const { before, after: counts } = summary.graph;
    const [inGraph] = await rows(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
        'RETURN nodes, relationships',
    );
    expect({ nodes: Number(inGraph!.nodes), relationships: Number(inGraph!.relationships) }).to.deep.equal(
      counts,
    );
    expect(summary.load.nodesCreated, 'the reload recreated nodes').to.be.greaterThan(0);
    const text = formatIngestSummary(summary);
    expect(text).to.include(`${counts.nodes} nodes (${signedChange(counts.nodes - before.nodes)})`);
    expect(text).not.to.include(`+${summary.load.nodesCreated} nodes`);

    const after = await institutionsNamed(names);
    expect(after, JSON.stringify(after)).to.have.length(1);
    expect(after[0]!.name).to.equal(names[0]);
    expect(after[0]!.aliases).to.include(names[1]);
    const parties = await rows(
      'MATCH (:Institution {id: $id})-[:PARTY_TO]->(a:Agreement) RETURN count(DISTINCT a) AS agreements',
      { id: after[0]!.id },
    );
    expect(Number(parties[0]!.agreements)).to.be.greaterThan(0);
  });
});
