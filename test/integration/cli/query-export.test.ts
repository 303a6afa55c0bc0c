// What researchers missed in `enlace query` and `enlace export`: the API's guard, Neo4j's warnings,
// errors pointing at their own query, whole cells, standard output, and no silent guess of an entity.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import { findFreePort } from '../../../server/db';
import { loadSeeds } from '../../helpers/api-app';
import { testDatabase } from '../../helpers/database-hooks';
import { graphFingerprint } from '../../helpers/graph-fingerprint';
import { cliEnv, runCli } from '../../helpers/run-cli';
import { expectWellFormedXml } from '../../helpers/strict-xml';

async function imssId(): Promise<string> {
  const { driver, database } = testDatabase();
  const { records } = await driver.executeQuery(
    "MATCH (i:Institution {acronym: 'IMSS'}) RETURN i.id AS id",
    {},
    { database },
  );
  return String(records[0]!.get('id'));
}

describe('enlace query and export (integration)', function () {
  let folder: string;

  before(async () => {
    await loadSeeds();
    folder = mkdtempSync(join(tmpdir(), 'enlace-cli-'));
  });

  const refused: [string, string, RegExp][] = [
    [
      'LOAD CSV of a file',
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      /LOAD CSV is not allowed/,
    ],
    [
      'TERMINATE TRANSACTIONS',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      /TERMINATE TRANSACTIONS is not allowed/,
    ],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /SHOW TRANSACTIONS is not allowed/],
    ['a dbms procedure', 'CALL dbms.components()', /dbms\.components is not allowed/],
    // The same, written as a researcher might try it next.
    [
      'LOAD CSV in lower case inside a subquery',
      "match (n) call { load csv from 'file:///etc/passwd' as l return l } return l limit 1",
      /LOAD CSV is not allowed/,
    ],
    [
      'PROFILE LOAD CSV (which would run it)',
      "PROFILE LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      /LOAD CSV is not allowed/,
    ],
    [
      'TERMINATE TRANSACTION',
      "TERMINATE TRANSACTION 'neo4j-transaction-1'",
      /TERMINATE TRANSACTIONS? is not allowed/,
    ],
    [
      'SHOW DATABASES (planned as a schema command)',
      'SHOW DATABASES',
      /Only read queries are allowed here; this query changes the schema or administers the database/,
    ],
    [
      'a dbms procedure that reads the configuration',
      'CALL dbms.listConfig()',
      /dbms\.listConfig is not allowed/,
    ],
  ];
  for (const [what, query, message] of refused) {
    it(`query refuses ${what} as the API does, and changes nothing`, async () => {
      const before = await graphFingerprint();
      const result = await runCli(['query', query]);
      expect(result.code, what).to.equal(1);
      expect(result.stderr, what).to.match(message);
      expect(result.stdout, what).to.equal('');
      expect(await graphFingerprint(), what).to.deep.equal(before);
    });
  }

  it("query shows Neo4j's notifications as warnings pointing into the query", async () => {
    const result = await runCli(['query', 'MATCH (n:Nope) RETURN n.name AS name']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.contain(
      'warning: The provided label is not in the database. (the missing label name is: Nope), line 1, column 10',
    );
    expect(result.stderr).to.contain('  MATCH (n:Nope) RETURN n.name AS name\n           ^');
    expect(result.stdout).to.match(/\(0 rows\)/);
  });

  it("query shows a syntax error against the researcher's own query", async () => {
    const result = await runCli(['query', 'MATCH (n:Person)\nRETRUN n.name']);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain("Invalid input 'RETRUN'");
    expect(result.stderr).to.contain('(line 2, column 1 (offset: 17))\n"RETRUN n.name"\n ^');
    expect(result.stderr).not.to.contain('EXPLAIN');
  });

  it('query cuts long cells unless --wide', async () => {
    const long = `${'palabra '.repeat(15)}fin`;
    const query = 'RETURN $text AS text';
    const cut = await runCli(['query', query, '--param', `text=${long}`]);
    expect(cut.stdout).to.contain('…').and.not.contain('fin');
    const wide = await runCli(['query', query, '--param', `text=${long}`, '--wide']);
    expect(wide.code, wide.stderr).to.equal(0);
    expect(wide.stdout).to.contain(long.trim()).and.not.contain('…');
  });

  it('query takes whole numbers as integers (LIMIT $n)', async () => {
    const result = await runCli([
      'query',
      'UNWIND range(1, 10) AS x RETURN x LIMIT $n',
      '-p',
      'n=3',
      '-f',
      'json',
    ]);
    expect(result.code, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  it('export --out - writes the file to standard output and the summary to standard error', async () => {
    const result = await runCli(['export', '--around', 'IMSS', '--format', 'graphml', '--out', '-']);
    expect(result.code, result.stderr).to.equal(0);
    expectWellFormedXml(result.stdout, 'graphml on standard output');
    const $ = cheerio.load(result.stdout, { xml: true });
    expect($('node').length).to.be.greaterThan(3);
    expect($(`node[id="${await imssId()}"] > data[key="label"]`).text()).to.equal(
      'Instituto Mexicano del Seguro Social',
    );
    expect(result.stderr).to.match(/Wrote \d+ nodes and \d+ relationships to standard output \(graphml\)/);
  });

  it('export --around a name matching several entities lists the candidates with ids and exits non-zero', async () => {
    const result = await runCli([
      'export',
      '--around',
      'Instituto',
      '--format',
      'json',
      '--out',
      join(folder, 'x.json'),
    ]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(
      /"Instituto" matches \d+ (or more )?entities; give one of these ids instead:/,
    );
    expect(result.stderr).to.contain(`${await imssId()}  Institution  Instituto Mexicano del Seguro Social`);
  });

  it('export --around an id always works, and an unknown id is not found (never another entity)', async () => {
    const out = join(folder, 'by-id.json');
    const ok = await runCli(['export', '--around', await imssId(), '--format', 'json', '--out', out]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { nodes: { id: string }[] }).nodes[0]!.id).to.equal(
      await imssId(),
    );
    // Close to a real id, and words that full-text search would match: still not found.
    for (const id of ['institution:instituto-mexicano-del-seguro', 'person:jose-antonio-gonzalez']) {
      const missing = await runCli([
        'export',
        '--around',
        id,
        '--format',
        'json',
        '--out',
        join(folder, 'no.json'),
      ]);
      expect(missing.code, id).to.equal(1);
      expect(missing.stderr, id).to.contain(`No entity has the id "${id}"`);
    }
  });

  it('export --ids takes several entities and the facts among them', async () => {
    const result = await runCli([
      'export',
      '--ids',
      `${await imssId()},person:jose-antonio-gonzalez-anaya`,
      '-f',
      'cyjs',
      '-o',
      '-',
    ]);
    expect(result.code, result.stderr).to.equal(0);
    const { elements } = JSON.parse(result.stdout) as {
      elements: { nodes: unknown[]; edges: { data: { type: string } }[] };
    };
    expect(elements.nodes).to.have.length(2);
    expect(elements.edges.map((e) => e.data.type)).to.include('HOLDS_ROLE');
  });

  it('export refuses csv to standard output (two tables) and points at csv-nodes and csv-edges', async () => {
    const result = await runCli(['export', '--around', 'IMSS', '--format', 'csv', '--out', '-']);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/csv-nodes or csv-edges/);
    const edges = await runCli(['export', '--around', 'IMSS', '--format', 'csv-edges', '--out', '-']);
    expect(edges.stdout).to.match(/^Source,Target,Type,Id,Label,/);
  });

  it('start on a taken HTTP port refuses with the port-taken message', async function () {
    this.timeout(120_000);
    const port = await findFreePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runCli(['start'], cliEnv({ PORT: String(port), ENLACE_SKIP_SEEDS: '1' }));
      expect(result.code, result.stdout + result.stderr).to.equal(1);
      expect(result.stderr).to.contain(`Port ${port} is already in use by another program`);
      expect(result.stdout).not.to.contain('Enlace is running');
    } finally {
      squatter.close();
    }
  });
});
