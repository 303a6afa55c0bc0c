// A canonical dump of the graph, to compare two states: entities (label, name, aliases, sources),
// redirects, facts (stable id, sources, evidence, rules, agreements) and mentions, each as one line of
// text with its lists sorted, so that order of storage never counts and a failure lists what differs.
import { expect } from 'chai';
import { relationshipId } from '../../model';
import { testDatabase } from './database-hooks';

export interface GraphDump {
  entities: string[];
  redirects: string[];
  facts: string[];
  mentions: string[];
}

const sorted = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map(String).sort() : []);

async function rows(query: string): Promise<Record<string, unknown>[]> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, {}, { database });
  return result.records.map((record) => record.toObject());
}

export async function dumpGraph(): Promise<GraphDump> {
  const entities = await rows(
    'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.sources AS sources',
  );
  const redirects = await rows('MATCH (r:Redirect) RETURN r.id AS id, r.to AS to');
  const facts = await rows(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONED_IN'
     RETURN a.id AS from, type(r) AS type, b.id AS to, r.role AS role, r.sources AS sources, r.rules AS rules,
            r.agreements AS agreements,
            [i IN range(0, size(coalesce(r.evidence, [])) - 1) |
              r.evidenceSources[i] + '@' + r.evidenceOffsets[i] + ' ' + r.evidence[i]] AS evidence`,
  );
  const mentions = await rows(
    'MATCH (a:Entity)-[m:MENTIONED_IN]->(d:Document) RETURN a.id AS id, d.id AS doc, m.offsets AS offsets',
  );
  return {
    entities: entities
      .map(
        (e) =>
          `${String(e.id)} ${sorted(e.labels)} ${JSON.stringify(e.name)} aliases=${sorted(e.aliases)} sources=${sorted(e.sources)}`,
      )
      .sort(),
    redirects: redirects.map((r) => `${String(r.id)} -> ${String(r.to)}`).sort(),
    facts: facts
      .map(
        (f) =>
          `${relationshipId(String(f.from), String(f.type), String(f.to), (f.role as string | null) || null)} ` +
          `sources=${sorted(f.sources)} rules=${sorted(f.rules)} agreements=${sorted(f.agreements)} evidence=${sorted(f.evidence)}`,
      )
      .sort(),
    mentions: mentions.map((m) => `${String(m.id)} -> ${String(m.doc)} ${sorted(m.offsets)}`).sort(),
  };
}

/** Fails naming the lines one dump has and the other lacks, per part. */
export function expectSameGraph(actual: GraphDump, expected: GraphDump, what: string): void {
  const differences: string[] = [];
  for (const part of ['entities', 'redirects', 'facts', 'mentions'] as const) {
    const have = new Set(actual[part]);
    const want = new Set(expected[part]);
    for (const line of expected[part]) if (!have.has(line)) differences.push(`${part} missing: ${line}`);
    for (const line of actual[part]) if (!want.has(line)) differences.push(`${part} extra:   ${line}`);
  }
  expect(differences, `${what}:\n${differences.slice(0, 20).join('\n')}`).to.deep.equal([]);
}
