// GET /api/search against the seeds: accent-insensitive, prefixes, labels, pages, any text.
import { expect } from 'chai';
import request from 'supertest';
import type { SearchResult } from '../../../model/api/search';
import { apiApp, loadSeeds } from '../../helpers/api-app';

describe('api: search', function () {
  const app = () => apiApp();
  before(loadSeeds);

  const cases: [string, string][] = [
    ['gonzalez anaya', 'José Antonio González Anaya'],
    ['GONZÁLEZ', 'José Antonio González Anaya'],
    ['gonz', 'José Antonio González Anaya'],
    ['imss', 'Instituto Mexicano del Seguro Social'],
    ['salvadoreno', 'Instituto Salvadoreño del Seguro Social'],
  ];
  for (const [q, name] of cases) {
    it(`"${q}" finds ${name}`, async () => {
      const res = await request(app()).get('/api/search').query({ q }).expect(200);
      const body = res.body as SearchResult;
      expect(body.items.map((i) => i.name)).to.include(name);
    });
  }

  it('ranks the whole-word match first and filters by label', async () => {
    const res = await request(app()).get('/api/search').query({ q: 'gonzalez', label: 'Institution' });
    expect((res.body as SearchResult).items.every((i) => i.label === 'Institution')).to.equal(true);
    const people = await request(app()).get('/api/search?q=gonzalez&label=Person').expect(200);
    expect((people.body as SearchResult).items[0]?.name).to.equal('José Antonio González Anaya');
  });

  it('pages with limit and offset, nextOffset null on the last page', async () => {
    const first = (await request(app()).get('/api/search?q=instituto&limit=2').expect(200))
      .body as SearchResult;
    expect(first.items).to.have.length(2);
    expect(first.total).to.be.greaterThan(2);
    expect(first.nextOffset).to.equal(2);
    const last = (await request(app()).get(`/api/search?q=instituto&limit=100`).expect(200))
      .body as SearchResult;
    expect(last.nextOffset).to.equal(null);
    expect(last.items).to.have.length(first.total);
  });

  for (const q of [
    '(((',
    'a AND',
    '"unterminated',
    'title:x~2^3',
    '*',
    '\\',
    'NOT OR AND',
    '+-&&||!(){}[]^"~*?:\\/',
  ]) {
    it(`searches Lucene syntax ${JSON.stringify(q)} as text (200, never an error)`, async () => {
      const res = await request(app()).get('/api/search').query({ q }).expect(200);
      expect(res.body).to.have.property('items').that.is.an('array');
    });
  }

  it('refuses a missing query, a huge limit and a NUL byte with 400 problems naming the field', async () => {
    for (const path of [
      '/api/search',
      '/api/search?q=x&limit=100000',
      '/api/search?q=a%00b',
      '/api/search?q=x&label=Nope',
    ]) {
      const res = await request(app()).get(path).expect(400);
      expect(res.headers['content-type']).to.contain('application/problem+json');
      expect((res.body as { detail: string }).detail).to.match(/^query\./);
    }
  });
});
