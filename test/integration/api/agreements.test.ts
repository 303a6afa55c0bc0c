// GET /api/agreements and GET /api/agreements/timeline against the seeds, plus hand-made agreements
// dated by year, month and day to pin down how ranges and buckets treat each precision.
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { AgreementList, Timeline } from '../../../model/api/agreements';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { writeGraph } from '../../helpers/graph-writes';

const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const ISSS = 'institution:instituto-salvadoreno-del-seguro-social';
const IMSS_ISSS = 'agreement:imss-isss';
const CHIAPAS = 'agreement:gobierno-de-chiapas-imss';
const SALUD = 'agreement:imss-secretaria-de-salud-2015-07-24';
const PROSPERA = 'agreement:imss-prospera-regimen-estatal-de-proteccion-social-en-salud-2015-07-24';
const DIF = 'agreement:dif-imss-2015-07-24';
const CHIHUAHUA_THREE = [DIF, SALUD, PROSPERA]; // same day, by name (case-insensitive)

// Agreements of one made-up institution, one per date precision, and one held at a venue in a city in a country.
const DATES = 'institution:test-dates';
const FIXTURE = `
CREATE (t:Entity:Institution {id: $inst, name: 'Instituto de Fechas', aliases: [], sources: []})
CREATE (country:Entity:Place {id: 'place:test-country', name: 'Testland', kind: 'country', aliases: []})
CREATE (city:Entity:Place {id: 'place:test-city', name: 'Testville', kind: 'city', aliases: []})
CREATE (venue:Entity:Place {id: 'place:test-venue', name: 'Sala de Pruebas', kind: 'venue', aliases: []})
CREATE (venue)-[:LOCATED_IN]->(city)-[:LOCATED_IN]->(country)
WITH t, venue
UNWIND [['agreement:test-2013-12-31', '2013-12-31'], ['agreement:test-2014', '2014'],
        ['agreement:test-2014-05', '2014-05'], ['agreement:test-2014-05-20', '2014-05-20'],
        ['agreement:test-undated', null]] AS row
CREATE (a:Entity:Agreement {id: row[0], name: 'Acuerdo ' + coalesce(row[1], 'sin fecha'), kind: 'acuerdo de prueba',
  date: row[1], aliases: [], sources: []})
CREATE (t)-[:PARTY_TO {sources: []}]->(a)
WITH a, venue WHERE a.id = 'agreement:test-2014-05-20'
CREATE (a)-[:HELD_AT {sources: []}]->(venue)`;

describe('api: agreements', function () {
  let app: Express;
  const list = async (query: Record<string, string>) =>
    (await request(app).get('/api/agreements').query(query).expect(200)).body as AgreementList;
  const timeline = async (query: Record<string, string>) =>
    (await request(app).get('/api/agreements/timeline').query(query).expect(200)).body as Timeline;
  before(async () => {
    await loadSeeds();
    app = apiApp();
  });

  describe('on the seeds', () => {
    it("lists IMSS's agreements by date, undated last, each with parties, signers, place and sources", async () => {
      const body = await list({ institution: IMSS });
      expect(body.items.map((a) => a.id)).to.deep.equal([DIF, SALUD, IMSS_ISSS, CHIAPAS]);
      expect(body.items.map((a) => a.date)).to.deep.equal(['2015-07-24', '2015-07-24', null, null]);
      const dif = body.items[0]!;
      expect(dif.kind).to.equal('convenio');
      expect(dif.parties.map((p) => p.acronym)).to.have.members(['IMSS', 'DIF']);
      expect(dif.signers.map((p) => p.name)).to.have.members([
        'José Antonio González Anaya',
        'César Duarte Jáquez',
      ]);
      expect(dif.heldAt.map((p) => p.name)).to.deep.equal(['Chihuahua']);
      expect(dif.sources.map((s) => s.file)).to.deep.equal(['004_f69e46667d061ba2.txt']);
    });

    it('gives the agreement reported by documents 000 and 002 with both sources', async () => {
      const body = await list({ institution: `${IMSS},${ISSS}` });
      expect(body.items.map((a) => a.id)).to.deep.equal([IMSS_ISSS]);
      const agreement = body.items[0]!;
      expect(agreement.sources.map((s) => s.file)).to.have.members([
        '000_ebabdbe520a716d8.txt',
        '002_aabe87b153c2bcaa.txt',
      ]);
      expect(agreement.sources.every((s) => s.title !== null)).to.equal(true);
      expect(agreement.witnesses.map((w) => w.name)).to.deep.equal(['Jaime Alfredo Miranda Flamenco']);
    });

    const filters: [string, Record<string, string>, string[]][] = [
      [
        'a signer',
        { person: 'person:jose-antonio-gonzalez-anaya' },
        [...CHIHUAHUA_THREE, IMSS_ISSS, CHIAPAS],
      ],
      ['a witness', { person: 'person:manuel-velasco-coello' }, [CHIAPAS]],
      [
        'a signer and a party',
        {
          person: 'person:cesar-duarte-jaquez',
          institution: 'institution:desarrollo-integral-de-la-familia',
        },
        [DIF],
      ],
      ['an institution party to none', { institution: 'institution:sistema-nacional-de-salud' }, []],
      ['an unknown id', { institution: 'institution:nobody' }, []],
      ['a place held at directly and through its event', { place: 'place:el-salvador' }, [IMSS_ISSS]],
      ['a state', { place: 'place:chihuahua' }, CHIHUAHUA_THREE],
      [
        'an event',
        { place: 'event:xxvii-asamblea-general-de-la-conferencia-interamericana-de-la-seguridad-social' },
        [IMSS_ISSS],
      ],
      ['a kind', { kind: 'acuerdo' }, [IMSS_ISSS]],
      ['any of two kinds', { kind: 'convenio,acuerdo' }, [...CHIHUAHUA_THREE, IMSS_ISSS, CHIAPAS]],
      ['words of the name', { q: 'intercambio' }, [SALUD]],
      ['words without accents', { q: 'especifico' }, [SALUD, CHIAPAS]],
      [
        'words and an institution',
        { q: 'convenio', institution: 'institution:gobierno-de-chiapas' },
        [CHIAPAS],
      ],
      ['punctuation only', { q: '"()' }, []],
      ['an empty search box', { q: ' ', kind: 'acuerdo' }, [IMSS_ISSS]],
      ['a month', { from: '2015-07', to: '2015-07' }, CHIHUAHUA_THREE],
      ['an empty range', { to: '2014' }, []],
    ];
    for (const [name, query, ids] of filters) {
      it(`filters by ${name}: ${JSON.stringify(query)}`, async () => {
        const body = await list(query);
        expect(body.items.map((a) => a.id)).to.deep.equal(ids);
        expect(body.total).to.equal(ids.length);
      });
    }

    it('pages, and sorts newest first with undated still last', async () => {
      const first = await list({ limit: '2' });
      expect(first.total).to.equal(5);
      expect(first.nextOffset).to.equal(2);
      const rest = await list({ limit: '10', offset: '2' });
      expect(rest.items).to.have.length(3);
      expect(rest.nextOffset).to.equal(null);
      const newest = await list({ order: 'desc' });
      expect(newest.items.map((a) => a.date)).to.deep.equal([
        '2015-07-24',
        '2015-07-24',
        '2015-07-24',
        null,
        null,
      ]);
    });

    it('counts the seeds per month: three in July 2015 and two undated', async () => {
      expect(await timeline({})).to.deep.equal({
        granularity: 'month',
        buckets: [{ period: '2015-07', count: 3 }],
        yearOnly: [],
        undated: 2,
        total: 5,
      });
      const imss = await timeline({ granularity: 'year', institution: IMSS });
      expect(imss.buckets).to.deep.equal([{ period: '2015', count: 2 }]);
      expect(imss.undated).to.equal(2);
    });
  });

  describe('dates of each precision (YYYY, YYYY-MM, YYYY-MM-DD)', () => {
    before(() => writeGraph(FIXTURE, { inst: DATES }));
    after(() =>
      writeGraph(
        "MATCH (n:Entity) WHERE n.id = $inst OR n.id STARTS WITH 'agreement:test-' OR n.id STARTS WITH 'place:test-' DETACH DELETE n",
        { inst: DATES },
      ),
    );
    const T = (suffix: string) => `agreement:test-${suffix}`;

    const ranges: [string, Record<string, string>, string[]][] = [
      [
        'no range: by the start of each period, undated last',
        {},
        [T('2013-12-31'), T('2014'), T('2014-05'), T('2014-05-20'), T('undated')],
      ],
      [
        'newest first',
        { order: 'desc' },
        [T('2014-05-20'), T('2014-05'), T('2014'), T('2013-12-31'), T('undated')],
      ],
      ['from a year: the year itself is in', { from: '2014' }, [T('2014'), T('2014-05'), T('2014-05-20')]],
      [
        'from a month: a year-only date is not known to be in it',
        { from: '2014-05' },
        [T('2014-05'), T('2014-05-20')],
      ],
      [
        'to a month: through its last day',
        { to: '2014-05' },
        [T('2013-12-31'), T('2014-05'), T('2014-05-20')],
      ],
      [
        'one day: a month-only date is not known to be on it',
        { from: '2014-05-20', to: '2014-05-20' },
        [T('2014-05-20')],
      ],
      ['to a year', { to: '2013' }, [T('2013-12-31')]],
      ['from the last day of a year', { from: '2013-12-31', to: '2013-12-31' }, [T('2013-12-31')]],
      [
        'a place three steps away (venue in city in country)',
        { place: 'place:test-country' },
        [T('2014-05-20')],
      ],
    ];
    for (const [name, query, ids] of ranges) {
      it(`${name}: ${JSON.stringify(query)}`, async () => {
        const body = await list({ institution: DATES, ...query });
        expect(body.items.map((a) => a.id)).to.deep.equal(ids);
      });
    }

    it('lists all agreements in date order, undated last, page by page across the boundary', async () => {
      const all = await list({ limit: '100' });
      expect(all.items.map((a) => a.date)).to.deep.equal([
        '2013-12-31',
        '2014',
        '2014-05',
        '2014-05-20',
        '2015-07-24',
        '2015-07-24',
        '2015-07-24',
        null,
        null,
        null,
      ]);
      expect(all.items.slice(7).map((a) => a.name)).to.deep.equal([
        'Acuerdo de cooperación interinstitucional IMSS–ISSS',
        'Acuerdo sin fecha',
        'Convenio Específico de Coordinación Interinstitucional',
      ]);
      for (const order of ['asc', 'desc']) {
        const whole = order === 'asc' ? all : await list({ order, limit: '100' });
        const pages: string[] = [];
        for (let offset = 0; offset < whole.total; offset += 3) {
          const page = await list({ order, limit: '3', offset: String(offset) });
          expect(page.total, `${order} total at ${offset}`).to.equal(10);
          pages.push(...page.items.map((a) => a.id));
        }
        expect(pages, order).to.deep.equal(whole.items.map((a) => a.id));
      }
      const past = await list({ offset: '50' });
      expect([past.items, past.total, past.nextOffset]).to.deep.equal([[], 10, null]);
      const newest = await list({ order: 'desc', limit: '2' });
      expect(newest.items.map((a) => a.date)).to.deep.equal(['2015-07-24', '2015-07-24']);
    });

    it('filters all agreements by a range: the year-only date is in its year, not in its months', async () => {
      const year = await list({ from: '2014', to: '2014' });
      expect(year.items.map((a) => a.id)).to.deep.equal([T('2014'), T('2014-05'), T('2014-05-20')]);
      const month = await list({ from: '2014-05', to: '2014-05' });
      expect(month.items.map((a) => a.id)).to.deep.equal([T('2014-05'), T('2014-05-20')]);
      const kind = await list({ kind: 'acuerdo de prueba', to: '2014-05' });
      expect(kind.items.map((a) => a.id)).to.deep.equal([T('2013-12-31'), T('2014-05'), T('2014-05-20')]);
    });

    const buckets: [Record<string, string>, Omit<Timeline, 'granularity'>][] = [
      [
        { granularity: 'month' },
        {
          buckets: [
            { period: '2013-12', count: 1 },
            { period: '2014-05', count: 2 },
          ],
          yearOnly: [{ period: '2014', count: 1 }],
          undated: 1,
          total: 5,
        },
      ],
      [
        { granularity: 'year' },
        {
          buckets: [
            { period: '2013', count: 1 },
            { period: '2014', count: 3 },
          ],
          yearOnly: [],
          undated: 1,
          total: 5,
        },
      ],
      [
        { granularity: 'month', from: '2014' },
        {
          buckets: [{ period: '2014-05', count: 2 }],
          yearOnly: [{ period: '2014', count: 1 }],
          undated: 0,
          total: 3,
        },
      ],
      [
        { granularity: 'month', kind: 'nothing' },
        { buckets: [], yearOnly: [], undated: 0, total: 0 },
      ],
    ];
    for (const [query, expected] of buckets) {
      it(`timeline ${JSON.stringify(query)}: a year-only date is in its year, and by month in yearOnly`, async () => {
        const body = await timeline({ institution: DATES, ...query });
        expect(body).to.deep.equal({ granularity: query.granularity, ...expected });
      });
    }
  });

  const bad: [string, RegExp][] = [
    ['/api/agreements?limit=100000', /^query\.limit/],
    ['/api/agreements?limit=abc', /^query\.limit/],
    ['/api/agreements?offset=99999999', /^query\.offset/],
    ['/api/agreements?order=random', /^query\.order/],
    ['/api/agreements?from=2014-13', /^query\.from/],
    ['/api/agreements?to=14', /^query\.to/],
    ['/api/agreements?from=2014-05-32', /^query\.from/],
    ['/api/agreements?from=2015&to=2014-12', /^query\.from \(2015\) is after query\.to/],
    ['/api/agreements?institution=a%00b', /^query\.institution\.0: must not contain NUL/],
    [`/api/agreements?person=${Array.from({ length: 11 }, (_, i) => `p${i}`).join(',')}`, /^query\.person/],
    [`/api/agreements?kind=${'k'.repeat(101)}`, /^query\.kind/],
    ['/api/agreements?q=%00', /^query\.q/],
    ['/api/agreements/timeline?granularity=week', /^query\.granularity/],
    ['/api/agreements/timeline?granularity=year&from=2020&to=2010', /after query\.to/],
    ['/api/agreements/timeline?place=%00', /^query\.place/],
  ];
  for (const [url, detail] of bad) {
    it(`answers ${url.length > 90 ? `${url.slice(0, 40)}…` : url} with 400 problem+json`, async () => {
      const res = await request(app).get(url).expect(400);
      expect(res.headers['content-type']).to.contain('application/problem+json');
      expect((res.body as { detail: string }).detail).to.match(detail);
    });
  }
});
