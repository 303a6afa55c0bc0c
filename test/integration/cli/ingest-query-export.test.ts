// The `enlace` command as a researcher uses it: ingest with broken files, read-only query, export.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { REPO_ROOT, runCli } from '../../helpers/run-cli';

async function count(query: string): Promise<number> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, {}, { database });
  return Number(result.records[0]!.get(0));
}

describe('enlace CLI (integration)', function () {
  let folder: string;

  before(async () => {
    await clearGraph();
    folder = mkdtempSync(join(tmpdir(), 'enlace-cli-'));
    copyFileSync(join(REPO_ROOT, 'seeds', '000_ebabdbe520a716d8.txt'), join(folder, '000.txt'));
    copyFileSync(join(REPO_ROOT, 'seeds', '003_1eea4cdae7b12c38.txt'), join(folder, '003.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(
      join(folder, 'binary.pdf'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff, 0x13]),
    );
  });

  it('should report broken files, load the others, and exit non-zero', async () => {
    const result = await runCli(['ingest', folder]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/2 loaded/);
    expect(result.stdout).to.match(/failed .*empty\.txt: .*empty/i);
    expect(result.stdout).to.match(/failed .*binary\.pdf/);
    expect(await count('MATCH (d:Document) RETURN count(d)')).to.equal(2);
    expect(await count("MATCH (i:Institution {acronym: 'IMSS'}) RETURN count(i)")).to.equal(1);
  });

  it('should change nothing when the same files are ingested again', async () => {
    const before = await count(
      'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 100000 + count(r)',
    );
    const result = await runCli(['ingest', join(folder, '000.txt'), join(folder, '003.txt')]);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/2 unchanged/);
    expect(
      await count('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 100000 + count(r)'),
    ).to.equal(before);
  });

  it('should answer read queries as table, json and csv, with parameters', async () => {
    const query = 'MATCH (i:Institution) WHERE i.acronym = $acronym RETURN i.name AS name';
    const table = await runCli(['query', query, '--param', 'acronym=IMSS']);
    expect(table.code, table.stderr).to.equal(0);
    expect(table.stdout).to.match(/^name\s*\n-+\nInstituto Mexicano del Seguro Social/m);
    const json = await runCli(['query', query, '--param', 'acronym=IMSS', '--format', 'json']);
    expect(JSON.parse(json.stdout)).to.deep.equal([{ name: 'Instituto Mexicano del Seguro Social' }]);
    const csv = await runCli(['query', query, '-p', 'acronym=IMSS', '-f', 'csv']);
    expect(csv.stdout).to.equal('name\r\nInstituto Mexicano del Seguro Social\r\n');
  });

  it('should refuse a query that writes, and leave the graph as it was', async () => {
    const before = await count('MATCH (n) RETURN count(n)');
    const result = await runCli(['query', "CREATE (:Person {id: 'x', name: 'Intruder'})"]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/Only read queries are allowed/);
    expect(await count('MATCH (n) RETURN count(n)')).to.equal(before);
  });

  it('should export the neighbourhood of an entity found without accents, with its evidence', async () => {
    const out = join(folder, 'around.graphml');
    const result = await runCli([
      'export',
      '--around',
      'gonzalez anaya',
      '--depth',
      '2',
      '--format',
      'graphml',
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).to.equal(0);
    const $ = cheerio.load(readFileSync(out, 'utf8'), { xml: true });
    const names = $('data[key="n_name"]')
      .map((_, el) => $(el).text())
      .get();
    expect(names)
      .to.include('José Antonio González Anaya')
      .and.include('Instituto Mexicano del Seguro Social');
    const signed = $('edge').filter((_, el) => $(el).find('data[key="type"]').text() === 'SIGNED');
    expect(signed.length).to.be.greaterThan(0);
    expect(signed.first().find('data[key="e_evidence"]').text()).to.match(/firm/i);
  });

  it("should write Gephi's nodes and edges tables for csv, naming each fact's documents", async () => {
    const out = join(folder, 'signed.csv');
    const query = 'MATCH p = (:Person)-[:SIGNED]->(:Agreement) RETURN p';
    const result = await runCli(['export', '--query', query, '--format', 'csv', '--out', out]);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr)
      .to.contain(join(folder, 'signed-nodes.csv'))
      .and.contain(join(folder, 'signed-edges.csv'));
    const nodes = readFileSync(join(folder, 'signed-nodes.csv'), 'utf8').split('\r\n');
    expect(nodes[0]).to.match(/^Id,Label,type,/);
    const rows = readFileSync(join(folder, 'signed-edges.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).to.match(/^Source,Target,Type,Id,Label,/);
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows.slice(1)) expect(row).to.match(/,Directed,.*,SIGNED,.*(000|003)\.txt/);
  });

  it('should say clearly when an exported entity does not exist', async () => {
    const result = await runCli([
      'export',
      '--around',
      'Nadie Inexistente',
      '--format',
      'csv',
      '--out',
      join(folder, 'x.csv'),
    ]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/No entity matches "Nadie Inexistente"/);
  });
});
