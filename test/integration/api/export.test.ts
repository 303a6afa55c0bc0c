// GET|POST /api/export against the seeds: names as labels, types as attributes, every fact with its
// documents by title and date and its sentences; hostile names still parse; ids never guessed.
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import type { Problem } from '../../../model/api/common';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { testDatabase } from '../../helpers/database-hooks';
import { expectWellFormedXml } from '../../helpers/strict-xml';

const HOSTILE_NAME = '<script>alert(1)</script> Fundación "Sombra" & Co\uFFFF\uFFFE';
const HOSTILE_SHOWN = '<script>alert(1)</script> Fundación "Sombra" & Co';
const HOSTILE_SENTENCE = 'La <img src=x onerror=alert(2)> firmó\u0007 con el IMSS.';

async function run(query: string, params: Record<string, unknown> = {}) {
  const { driver, database } = testDatabase();
  return (await driver.executeQuery(query, params, { database })).records.map((r) => r.toObject());
}

/** Binary bodies (zip) as a Buffer, text as text. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('api: export', function () {
  let app: Express;
  let imss: string;
  let doc: { id: string; title: string; date: string };

  before(async () => {
    await loadSeeds();
    app = apiApp();
    imss = String((await run("MATCH (i:Institution {acronym: 'IMSS'}) RETURN i.id AS id"))[0]!.id);
    const [first] = await run(
      "MATCH (d:Document) WHERE d.file STARTS WITH '004' RETURN d.id AS id, d.title AS title, d.date AS date",
    );
    doc = first as typeof doc;
    // A name and a sentence no XML file could hold as they are.
    await run(
      `MATCH (i:Entity {id: $imss})
       CREATE (h:Entity:Institution {id: 'institution:hostile', name: $name, aliases: ['<b>alias</b>'],
               sources: [$doc]})-[:PART_OF {sources: [$doc], evidence: [$sentence], evidenceSources: [$doc],
               evidenceOffsets: ['0-10'], rules: ['test']}]->(i)
       CREATE (:Redirect {id: 'institution:old-imss', to: $imss})`,
      { imss, name: HOSTILE_NAME, sentence: HOSTILE_SENTENCE, doc: doc.id },
    );
  });

  it('exports the neighbourhood of an acronym as GraphML named by names, typed, with provenance', async () => {
    const res = await request(app)
      .get('/api/export')
      .query({ format: 'graphml', around: 'IMSS' })
      .expect(200);
    expect(res.headers['content-type']).to.equal('application/graphml+xml; charset=utf-8');
    expect(res.headers['content-disposition']).to.match(
      /^attachment; filename="enlace-around-imss[a-z0-9-]*\.graphml"$/,
    );
    expect(res.headers['x-enlace-truncated']).to.equal('false');
    const $ = cheerio.load(res.text, { xml: true });
    const node = (id: string) => $('graph > node').filter((_, el) => $(el).attr('id') === id);
    expect(node(imss).children('data[key="label"]').text()).to.equal('Instituto Mexicano del Seguro Social');
    expect(node(imss).children('data[key="n_type"]').text()).to.equal('Institution');
    const cited = $('edge').filter((_, el) =>
      $(el).children('data[key="e_documents"]').text().includes(`${doc.title} (${doc.date})`),
    );
    expect(cited.length).to.be.greaterThan(0);
    expect(cited.first().children('data[key="e_evidence"]').text()).to.match(/\S{10,}/);
    expect(cited.first().children('data[key="e_sourceFiles"]').text()).to.contain('004_f69e46667d061ba2.txt');
  });

  it('keeps a name with <script> and U+FFFF as text, in GraphML and GEXF that parse', async () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const res = await request(app)
        .get('/api/export')
        .query({ format, ids: `institution:hostile,${imss}` })
        .expect(200);
      // eslint-disable-next-line no-control-regex -- the bell is one of the characters that must go
      expect(res.text, format).not.to.match(/[\uFFFE\uFFFF\u0007]/);
      expect(res.text, format).not.to.contain('<script>');
      expectWellFormedXml(res.text, format);
      const $ = cheerio.load(res.text, { xml: true });
      expect($('script').length + $('img').length, format).to.equal(0);
      const hostile = $('node').filter((_, el) => $(el).attr('id') === 'institution:hostile');
      const label =
        format === 'graphml' ? hostile.children('data[key="label"]').text() : hostile.attr('label');
      expect(label, format).to.equal(HOSTILE_SHOWN);
      expect($('edge').length, format).to.equal(1);
      expect(res.text, format).to.contain('La &lt;img src=x onerror=alert(2)&gt; firmó con el IMSS.');
    }
  });

  it('GEXF labels nodes by name and keeps the type in an attribute of its own', async () => {
    const res = await request(app).get('/api/export').query({ format: 'gexf', around: imss }).expect(200);
    const $ = cheerio.load(res.text, { xml: true });
    const typeId = $('attributes[class="node"] attribute[title="type"]').attr('id');
    const node = $('node').filter((_, el) => $(el).attr('id') === imss);
    expect(node.attr('label')).to.equal('Instituto Mexicano del Seguro Social');
    expect(node.find(`attvalue[for="${typeId}"]`).attr('value')).to.equal('Institution');
    const documentsId = $('attributes[class="edge"] attribute[title="documents"]').attr('id');
    const citations = $(`edge attvalue[for="${documentsId}"]`)
      .map((_, el) => $(el).attr('value'))
      .get();
    expect(citations.join('\n')).to.contain(`${doc.title} (${doc.date})`);
  });

  it("zips Gephi's nodes and edges tables for csv, and gives one table for csv-nodes and csv-edges", async () => {
    const res = await request(app)
      .get('/api/export')
      .query({ format: 'csv', around: 'IMSS' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).to.equal('application/zip');
    expect(res.headers['content-disposition']).to.match(/\.zip"$/);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const nodes = strFromU8(files['nodes.csv']!);
    const edges = strFromU8(files['edges.csv']!);
    expect(nodes).to.match(/^Id,Label,type,/);
    expect(nodes).to.contain(`${imss},Instituto Mexicano del Seguro Social,Institution,`);
    expect(edges).to.match(/^Source,Target,Type,Id,Label,source_name,target_name,/);
    expect(edges).to.contain(`${doc.title} (${doc.date})`);
    const one = await request(app)
      .get('/api/export')
      .query({ format: 'csv-edges', around: 'IMSS' })
      .expect(200);
    expect(one.headers['content-type']).to.equal('text/csv; charset=utf-8');
    expect(one.text).to.equal(edges);
  });

  it('exports JSON with the documents its facts cite, and Cytoscape JSON elements', async () => {
    const json = await request(app).get('/api/export').query({ format: 'json', around: 'IMSS' }).expect(200);
    const body = JSON.parse(json.text) as {
      title: string;
      relationships: { properties: Record<string, unknown> }[];
      documents: { id: string; title: string; date: string }[];
    };
    expect(body.title).to.match(/^Enlace: around IMSS/);
    expect(body.documents).to.deep.include({ ...doc, file: '004_f69e46667d061ba2.txt', url: null });
    expect(body.relationships.every((r) => Array.isArray(r.properties.documents))).to.equal(true);
    const cyjs = await request(app).get('/api/export').query({ format: 'cyjs', ids: imss }).expect(200);
    const elements = (JSON.parse(cyjs.text) as { elements: { nodes: { data: { id: string } }[] } }).elements;
    expect(elements.nodes.map((n) => n.data.id)).to.deep.equal([imss]);
  });

  it('exports what a read-only query returns, with parameters, and refuses one that writes', async () => {
    const res = await request(app)
      .post('/api/export')
      .send({
        format: 'json',
        query: 'MATCH (i:Institution {acronym: $acronym})-[r:PARTY_TO]->(a) RETURN r',
        params: { acronym: 'IMSS' },
        title: 'Partes <del> IMSS',
      })
      .expect(200);
    expect(res.headers['content-disposition']).to.equal('attachment; filename="partes-del-imss.json"');
    const body = JSON.parse(res.text) as { nodes: { id: string }[]; relationships: { type: string }[] };
    expect(body.relationships.length).to.be.greaterThan(0);
    expect(body.relationships.every((r) => r.type === 'PARTY_TO')).to.equal(true);
    expect(body.nodes.map((n) => n.id)).to.include(imss);
    for (const query of [
      'MATCH (n) SET n.x = 1 RETURN n',
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    ]) {
      const refused = await request(app).post('/api/export').send({ format: 'graphml', query }).expect(403);
      expect((refused.body as Problem).type).to.equal('urn:enlace:problem:write-refused');
    }
    const syntax = await request(app).post('/api/export').send({ query: 'MATCH (n RETURN n' }).expect(400);
    expect((syntax.body as Problem).errors?.[0]?.path).to.equal('body.query');
  });

  it('follows a merged-away id to the surviving entity', async () => {
    const res = await request(app)
      .get('/api/export')
      .query({ format: 'json', around: 'institution:old-imss' });
    expect(res.status).to.equal(200);
    expect((JSON.parse(res.text) as { nodes: { id: string }[] }).nodes[0]!.id).to.equal(imss);
  });

  // [what, query (IMSS_ID stands for IMSS's id), status, detail]
  const problems: [string, Record<string, string>, number, RegExp][] = [
    [
      'an unknown id',
      { around: 'institution:no-such-thing' },
      404,
      /No entity has the id "institution:no-such-thing"/,
    ],
    ['an unknown id among ids', { ids: 'IMSS_ID,person:nobody' }, 404, /person:nobody/],
    ['an unknown name', { around: 'Nadie Inexistente' }, 404, /No entity matches "Nadie Inexistente"/],
    ['a name matching several entities', { around: 'Instituto' }, 409, /"Instituto" matches \d+/],
    ['no selection', { format: 'graphml' }, 400, /one way: ids, around/],
    ['two selections', { around: 'IMSS', ids: 'IMSS_ID' }, 400, /one way/],
    ['an unknown format', { format: 'png', around: 'IMSS' }, 400, /query\.format/],
    ['a depth of 9', { around: 'IMSS', depth: '9' }, 400, /query\.depth/],
    ['a limit of 0', { around: 'IMSS', limit: '0' }, 400, /query\.limit/],
    ['a NUL byte', { around: 'IMSS\u0000' }, 400, /query\.around/],
  ];
  for (const [what, query, status, detail] of problems) {
    it(`answers ${what} with ${status}`, async () => {
      const asked = Object.fromEntries(
        Object.entries(query).map(([k, v]) => [k, v.replace('IMSS_ID', imss)]),
      );
      const res = await request(app).get('/api/export').query(asked).expect(status);
      expect(res.headers['content-type'], what).to.contain('application/problem+json');
      expect((res.body as Problem).detail, what).to.match(detail);
    });
  }

  it('lists the candidates of an ambiguous name with their ids', async () => {
    const res = await request(app).get('/api/export').query({ around: 'Instituto' }).expect(409);
    const errors = (res.body as Problem).errors ?? [];
    expect(errors.length).to.be.greaterThan(1);
    for (const e of errors) expect(e).to.have.property('path', 'query.around');
    expect(errors.map((e) => e.message)).to.include(
      `candidate ${imss}: Institution Instituto Mexicano del Seguro Social`,
    );
  });

  it('cuts a neighbourhood at the node limit and says so', async () => {
    const res = await request(app)
      .get('/api/export')
      .query({ format: 'json', around: 'IMSS', depth: '2', limit: '3' })
      .expect(200);
    expect(res.headers['x-enlace-truncated']).to.equal('true');
    expect(res.headers['x-enlace-nodes']).to.equal('3');
    expect((JSON.parse(res.text) as { nodes: { id: string }[] }).nodes[0]!.id).to.equal(imss);
  });
});
