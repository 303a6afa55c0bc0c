// loadExtractions on a real Neo4j: counts, idempotence, provenance, forced reloads and atomic failures.
import { expect } from 'chai';
import { loadExtractions } from '../../../ingest/load';
import { createGateway } from '../../../server/db';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { goldExtractions, tinyExtraction } from '../../helpers/load-fixtures';

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const { driver, database } = testDatabase();
  const { rows } = await createGateway(driver, database).read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return rows[0]!;
}

async function read<Row>(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { driver, database } = testDatabase();
  return (await createGateway(driver, database).read<Row>(query, params)).rows;
}

describe('load: loadExtractions (real Neo4j)', () => {
  beforeEach(clearGraph);

  it('loads the gold-derived extractions: one node per entity across documents, plus the documents', async () => {
    const { driver, database } = testDatabase();
    const extractions = goldExtractions();
    const summary = await loadExtractions(driver, extractions, { database });
    expect(summary).to.include({ loaded: 2, unchanged: 0, failed: 0 });
    const entityIds = new Set(extractions.flatMap((e) => e.nodes.map((n) => n.id)));
    const { nodes } = await counts();
    expect(nodes).to.equal(entityIds.size + 2);
    expect(summary.nodesCreated).to.equal(nodes);
  });

  it('loading the same extractions twice gives the same node and relationship counts', async () => {
    const { driver, database } = testDatabase();
    await loadExtractions(driver, goldExtractions(), { database });
    const first = await counts();
    const again = await loadExtractions(driver, goldExtractions(), { database });
    expect(again).to.include({
      loaded: 0,
      unchanged: 2,
      failed: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(again.documents.map((d) => d.reason)).to.deep.equal([
      'already loaded (same sha256)',
      'already loaded (same sha256)',
    ]);
    expect(await counts()).to.deep.equal(first);
  });

  it('force reloads without duplicating evidence, sources or aliases', async () => {
    const { driver, database } = testDatabase();
    await loadExtractions(driver, goldExtractions(), { database });
    const snapshot = `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.role AS role,
        r.sources AS sources, r.evidence AS evidence, r.evidenceOffsets AS offsets, r.rules AS rules, a.aliases AS aliases
        ORDER BY a, t, b, role`;
    const before = await read<Record<string, unknown>>(snapshot);
    const summary = await loadExtractions(driver, goldExtractions(), { database, force: true });
    expect(summary).to.include({ reloaded: 2, failed: 0 });
    const after = await read<Record<string, unknown>>(snapshot);
    const sortLists = (rows: Record<string, unknown>[]) =>
      rows.map((row) =>
        JSON.stringify(Object.values(row).map((v) => (Array.isArray(v) ? [...(v as unknown[])].sort() : v))),
      );
    expect(sortLists(after)).to.deep.equal(sortLists(before));
  });

  it('keeps provenance: a fact stated by two documents has both sources and parallel evidence', async () => {
    const { driver, database } = testDatabase();
    const extractions = goldExtractions();
    await loadExtractions(driver, extractions, { database });
    const [signed] = await read<{
      sources: string[];
      evidence: string[];
      evidenceSources: string[];
      offsets: string[];
      rules: string[];
    }>(
      `MATCH (:Person {id: 'Person:gonzalez-anaya'})-[r:SIGNED]->(:Agreement {id: 'Agreement:a1'})
       RETURN r.sources AS sources, r.evidence AS evidence, r.evidenceSources AS evidenceSources,
              r.evidenceOffsets AS offsets, r.rules AS rules`,
    );
    expect(signed!.sources).to.have.members(extractions.map((e) => e.document.id));
    expect(signed!.evidence.length)
      .to.equal(signed!.evidenceSources.length)
      .and.to.equal(signed!.offsets.length);
    expect(signed!.offsets.every((o) => /^\d+-\d+$/.test(o))).to.equal(true);
    expect(signed!.rules).to.deep.equal(['gold-annotation']);
    const mentioned = await read<{ docs: number }>(
      `MATCH (:Institution {id: 'Institution:imss'})-[:MENTIONED_IN]->(d:Document) RETURN count(d) AS docs`,
    );
    expect(mentioned).to.deep.equal([{ docs: 2 }]);
  });

  it('documents loaded one at a time give the same graph as loaded together (ON MATCH = ON CREATE)', async () => {
    const { driver, database } = testDatabase();
    const snapshot = `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.role AS role,
        r.sources AS sources, r.evidence AS evidence, r.evidenceSources AS evidenceSources,
        r.evidenceOffsets AS offsets, r.rules AS rules, r.agreements AS agreements, r.offsets AS mentions,
        a.name AS name, a.aliases AS aliases, a.sources AS nodeSources
        ORDER BY a, t, b, role`;
    // Each evidence entry as one string, so the parallel arrays are compared entry by entry, in any order.
    const normalise = (rows: Record<string, unknown>[]) =>
      rows.map((row) => {
        const evidence = (row.evidence as string[] | null)?.map(
          (text, i) => `${text}|${(row.evidenceSources as string[])[i]}|${(row.offsets as string[])[i]}`,
        );
        const sorted = Object.entries(row).map(([k, v]) => [
          k,
          Array.isArray(v) ? [...(v as unknown[])].sort() : v,
        ]);
        return JSON.stringify([...sorted, ['evidence', evidence?.sort()]]);
      });
    await loadExtractions(driver, goldExtractions(), { database });
    const together = normalise(await read<Record<string, unknown>>(snapshot));
    await clearGraph();
    for (const extraction of goldExtractions()) {
      const summary = await loadExtractions(driver, [extraction], { database });
      expect(summary).to.include({ loaded: 1, failed: 0 });
    }
    expect(normalise(await read<Record<string, unknown>>(snapshot))).to.deep.equal(together);
    const mentions = await read<{ pairs: number; edges: number; withOffsets: number }>(
      `MATCH (n)-[m:MENTIONED_IN]->(d:Document)
       RETURN count(DISTINCT [n.id, d.id]) AS pairs, count(m) AS edges, count(m.offsets) AS withOffsets`,
    );
    expect(mentions[0]!.edges).to.be.greaterThan(0);
    expect(mentions[0]).to.deep.equal({
      pairs: mentions[0]!.edges,
      edges: mentions[0]!.edges,
      withOffsets: mentions[0]!.edges,
    });
  });

  it('stores SIGNED_WITH once per pair with its agreements, and HOLDS_ROLE once per post', async () => {
    const { driver, database } = testDatabase();
    const reversed = tinyExtraction('pair2');
    reversed.nodes = tinyExtraction('pair').nodes;
    Object.assign(reversed.relationships[0]!, { from: 'Institution:pair-b', to: 'Institution:pair-a' });
    const roles = tinyExtraction('pair3');
    roles.nodes = [
      ...tinyExtraction('pair').nodes,
      { id: 'Person:p', label: 'Person', name: 'Pedro Páramo', aliases: [] },
    ];
    roles.relationships = ['Director General', 'Presidente', 'Director General'].map((role) => ({
      type: 'HOLDS_ROLE' as const,
      from: 'Person:p',
      to: 'Institution:pair-a',
      properties: { role, rule: 'test' },
      evidence: [],
    }));
    const summary = await loadExtractions(driver, [tinyExtraction('pair'), reversed, roles], { database });
    expect(summary.failed).to.equal(0);
    expect(
      await read(`MATCH (:Institution)-[r:SIGNED_WITH]-(:Institution) RETURN count(DISTINCT r) AS n`),
    ).to.deep.equal([{ n: 1 }]);
    expect(await read(`MATCH ()-[r:HOLDS_ROLE]->() RETURN r.role AS role ORDER BY role`)).to.deep.equal([
      { role: 'Director General' },
      { role: 'Presidente' },
    ]);
  });

  it('reports a bad row with its file and field and writes nothing of that document; the others load', async () => {
    const { driver, database } = testDatabase();
    const bad = tinyExtraction('broken');
    bad.relationships[0]!.to = 'Institution:ghost';
    const summary = await loadExtractions(driver, [tinyExtraction('fine'), bad], { database });
    expect(summary).to.include({ loaded: 1, failed: 1 });
    const failed = summary.documents[1]!;
    expect(failed.status).to.equal('failed');
    expect(failed.reason).to.match(/^broken\.txt: relationships\[0\]\.to: node "Institution:ghost"/);
    expect(
      await read(`MATCH (n) WHERE n.id STARTS WITH 'Institution:broken' OR n.id = 'doc:broken' RETURN n`),
    ).to.deep.equal([]);
    expect(await read(`MATCH (d:Document) RETURN d.file AS file`)).to.deep.equal([{ file: 'fine.txt' }]);
  });

  it('rolls back a document whose transaction fails in the database and names it; the others in its group load', async () => {
    const { driver, database } = testDatabase();
    const gateway = createGateway(driver, database);
    // A constraint the loader does not know about makes Neo4j itself reject one document's batch.
    await gateway.write(
      'CREATE CONSTRAINT test_event_name IF NOT EXISTS FOR (n:Event) REQUIRE n.name IS UNIQUE',
    );
    try {
      const clash = tinyExtraction('clash');
      clash.nodes.push(
        { id: 'Event:forum-1', label: 'Event', name: 'Foro', aliases: [] },
        { id: 'Event:forum-2', label: 'Event', name: 'Foro', aliases: [] },
      );
      const summary = await loadExtractions(driver, [tinyExtraction('one'), clash, tinyExtraction('two')], {
        database,
        documentsPerTransaction: 10,
      });
      expect(summary.documents.map((d) => d.status)).to.deep.equal(['loaded', 'failed', 'loaded']);
      expect(summary.documents[1]!.reason).to.match(/writing clash\.txt failed and was rolled back/);
      expect(
        await read(
          `MATCH (n) WHERE n.id STARTS WITH 'Institution:clash' OR n.id = 'doc:clash' OR n:Event RETURN n`,
        ),
      ).to.deep.equal([]);
      expect(await read(`MATCH (d:Document) RETURN d.file AS file ORDER BY file`)).to.deep.equal([
        { file: 'one.txt' },
        { file: 'two.txt' },
      ]);
    } finally {
      await gateway.write('DROP CONSTRAINT test_event_name IF EXISTS');
    }
  });

  it('full-text search finds a loaded person without accents', async () => {
    const { driver, database } = testDatabase();
    await loadExtractions(driver, goldExtractions(), { database });
    const rows = await read<{ name: string }>(
      `CALL db.index.fulltext.queryNodes('entity_names', 'gonzalez anaya') YIELD node RETURN node.name AS name LIMIT 1`,
    );
    expect(rows).to.deep.equal([{ name: 'José Antonio González Anaya' }]);
  });

  it('reports progress up to the number of documents', async () => {
    const { driver, database } = testDatabase();
    const seen: number[] = [];
    await loadExtractions(driver, goldExtractions(), { database, onProgress: ({ done }) => seen.push(done) });
    expect(seen.at(-1)).to.equal(2);
  });
});
