// GET /api/documents and GET /api/documents/{id} against the seeds: metadata, filters, counts, and spans
// that point at the right text (mentions at a form of the name, evidence at its sentence).
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { DocumentDetail, DocumentList } from '../../../model/api/documents';
import { foldText } from '../../../server/services/search';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { testDatabase } from '../../helpers/database-hooks';

const DOC_000 = 'doc:6d0964ada376c3ae';
const DOC_001 = 'doc:78466ab1a239cce7';
const DOC_002 = 'doc:f75609e68cc24e73';
const DOC_003 = 'doc:bf7a89db7150aab8';
const DOC_004 = 'doc:effe4167244c6ac5';
const ISSS = 'institution:instituto-salvadoreno-del-seguro-social';
const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';

/** Facts citing each document, counted straight in the graph. */
async function factsPerDocument(): Promise<Map<string, number>> {
  const { driver, database } = testDatabase();
  const session = driver.session({ database });
  try {
    const result = await session.run(
      `MATCH (d:Document) RETURN d.id AS id, COUNT { MATCH ()-[r]->() WHERE d.id IN coalesce(r.sources, []) } AS n`,
    );
    return new Map(result.records.map((r) => [r.get('id') as string, Number(r.get('n'))]));
  } finally {
    await session.close();
  }
}

/** Whether a span reads as a form of the entity's name: it holds a word of the name, alias or acronym. */
function readsAsName(span: string, forms: string[]): boolean {
  const words = new Set(
    forms.flatMap((f) =>
      foldText(f)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2),
    ),
  );
  return foldText(span)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => words.has(w));
}

describe('api: documents', function () {
  let app: Express;
  const list = async (query: Record<string, string> = {}) =>
    (await request(app).get('/api/documents').query(query).expect(200)).body as DocumentList;
  const detail = async (id: string) =>
    (
      await request(app)
        .get(`/api/documents/${encodeURIComponent(id)}`)
        .expect(200)
    ).body as DocumentDetail;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  it('lists the five seeds newest first (undated last) with metadata and counts', async () => {
    const body = await list();
    expect(body.total).to.equal(5);
    expect(body.items.map((d) => d.id)).to.deep.equal([DOC_004, DOC_001, DOC_000, DOC_002, DOC_003]);
    const lima = body.items[1]!;
    expect(lima).to.include({
      date: '2014-05-09',
      lang: 'es',
      location: 'Lima, Perú',
      file: '001_75600427a4a33002.txt',
    });
    expect(lima.title).to.match(/^ACUERDAN MÉXICO Y PERÚ/);
    expect(body.items.find((d) => d.id === DOC_002)!.location).to.equal('San Salvador');
    const facts = await factsPerDocument();
    for (const item of body.items) {
      expect(item.relationCount, item.id).to.equal(facts.get(item.id));
      expect(item.entityCount, item.id).to.be.greaterThan(5);
    }
  });

  const filters: [string, Record<string, string>, string[]][] = [
    ['title words without accents', { q: 'salvadoreno' }, [DOC_000]],
    ['title word start', { q: 'chiap' }, [DOC_003]],
    ['a file name fragment', { q: '004_f69' }, [DOC_004]],
    ['Lucene syntax as text', { q: 'title:(x' }, []],
    ['an empty search box', { q: '', lang: 'es' }, [DOC_004, DOC_001, DOC_000, DOC_002, DOC_003]],
    ['language', { lang: 'es' }, [DOC_004, DOC_001, DOC_000, DOC_002, DOC_003]],
    ['another language', { lang: 'en' }, []],
    ['from a year', { from: '2015' }, [DOC_004]],
    ['to a year', { to: '2014' }, [DOC_001]],
    ['one month', { from: '2014-05', to: '2014-05' }, [DOC_001]],
    ['a day range missing both', { from: '2014-05-10', to: '2015-07-23' }, []],
    ['an entity mentioned', { entity: ISSS }, [DOC_000, DOC_002]],
    ['two entities mentioned', { entity: `${ISSS},${GONZALEZ}` }, [DOC_000, DOC_002]],
    ['an entity and a date', { entity: GONZALEZ, from: '2014' }, [DOC_004, DOC_001]],
    ['words and an entity', { q: 'convenio', entity: ISSS }, [DOC_000, DOC_002]],
    ['an unknown entity', { entity: 'person:nobody' }, []],
  ];
  for (const [name, query, ids] of filters) {
    it(`filters by ${name}: ${JSON.stringify(query)}`, async () => {
      const body = await list(query);
      expect(body.items.map((d) => d.id)).to.deep.equal(ids);
      expect(body.total).to.equal(ids.length);
    });
  }

  it('pages with limit and offset', async () => {
    const first = await list({ limit: '2' });
    expect(first.items.map((d) => d.id)).to.deep.equal([DOC_004, DOC_001]);
    expect(first.nextOffset).to.equal(2);
    const last = await list({ limit: '2', offset: '4' });
    expect(last.items.map((d) => d.id)).to.deep.equal([DOC_003]);
    expect(last.nextOffset).to.equal(null);
  });

  it('gives one document with its text and metadata', async () => {
    const body = await detail(DOC_001);
    expect(body.document).to.include({ id: DOC_001, location: 'Lima, Perú', url: null });
    expect(body.document.source).to.match(/001_75600427a4a33002\.txt$/);
    expect(body.text).to.contain('Lima, Perú, 9 de mayo de 2014');
    expect(body.document.entityCount).to.equal((await list()).items[1]!.entityCount);
    expect(body.document.relationCount).to.equal((await factsPerDocument()).get(DOC_001));
  });

  it('puts every evidence span of every seed exactly on its sentence, with the fact it states', async () => {
    for (const id of [DOC_000, DOC_001, DOC_002, DOC_003, DOC_004]) {
      const body = await detail(id);
      expect(body.evidence.length, id).to.be.greaterThan(0);
      for (const e of body.evidence) {
        expect(body.text.slice(e.start!, e.end!), `${id} ${e.relationshipId}`).to.equal(e.text);
        expect(e.relationshipId.split('|')[1], e.relationshipId).to.equal(e.type);
      }
      const starts = body.evidence.map((e) => e.start!);
      expect(starts, `${id} in text order`).to.deep.equal([...starts].sort((a, b) => a - b));
    }
  });

  it('puts mention spans on a form of the entity name in most cases (posts standing for people aside)', async () => {
    let total = 0;
    const misses: string[] = [];
    for (const id of [DOC_000, DOC_001, DOC_002, DOC_003, DOC_004]) {
      const body = await detail(id);
      for (const m of body.mentions) {
        total++;
        const span = body.text.slice(m.start, m.end);
        const forms = [m.entity.name, ...m.entity.aliases, m.entity.acronym ?? ''];
        if (!readsAsName(span, forms)) misses.push(`${id} "${span}" for ${m.entity.name}`);
      }
    }
    expect(total).to.be.greaterThan(100);
    expect(misses.length / total, misses.join('\n')).to.be.below(0.1);
    // The full name of the Director General is found exactly, in every document naming him.
    const doc = await detail(DOC_000);
    const spans = doc.mentions
      .filter((m) => m.entity.id === GONZALEZ)
      .map((m) => doc.text.slice(m.start, m.end));
    expect(spans).to.include('José Antonio González Anaya');
  });

  const bad: [string, number, RegExp][] = [
    ['/api/documents/doc%3Anothing', 404, /GET \/api\/documents/],
    ['/api/documents/%3Cscript%3E', 404, /No document has the id "<script>"/],
    ['/api/documents/a%00b', 400, /^path\.id: must not contain NUL/],
    ['/api/documents/%C0%AF', 400, /not validly encoded/],
    ['/api/documents?limit=100000', 400, /^query\.limit/],
    ['/api/documents?limit=0', 400, /^query\.limit/],
    ['/api/documents?offset=-3', 400, /^query\.offset/],
    ['/api/documents?q=a%00', 400, /^query\.q: must not contain NUL/],
    [`/api/documents?q=${'x'.repeat(201)}`, 400, /^query\.q/],
    ['/api/documents?lang=%3Cscript%3E', 400, /^query\.lang/],
    ['/api/documents?from=2014-02-30x', 400, /^query\.from/],
    ['/api/documents?from=2015&to=2014', 400, /^query\.from \(2015\) is after query\.to/],
    ['/api/documents?entity=a%00', 400, /^query\.entity/],
  ];
  for (const [url, status, detailText] of bad) {
    it(`answers ${url.length > 90 ? `${url.slice(0, 40)}…` : url} with ${status} problem+json`, async () => {
      const res = await request(app).get(url).expect(status);
      expect(res.headers['content-type']).to.contain('application/problem+json');
      expect((res.body as { detail: string }).detail).to.match(detailText);
    });
  }
});
