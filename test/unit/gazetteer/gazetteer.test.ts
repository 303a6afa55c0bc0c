// The gazetteer's data: sizes, countries' Spanish names, regions, towns with region and country,
// overrides that name real entries, and ambiguity marked by rule.
import { expect } from 'chai';
import { GAZETTEER } from '../../../ingest/extract/gazetteer';
import { isWordLike, townAmbiguity, wordSets } from '../../../ingest/extract/gazetteer/ambiguity';
import { COUNTRY_OVERRIDES, REGION_OVERRIDES } from '../../../ingest/extract/gazetteer/overrides';
import { TownLines } from '../../../ingest/extract/gazetteer/town-lines';
import { fold } from '../../../ingest/extract/text';

const towns = new TownLines(GAZETTEER.otherTowns);
/** A town by name and country, whether it needs context or not. */
function town(name: string, country: string) {
  const known = GAZETTEER.towns.find((t) => t.name === name && t.country === country);
  if (known) return known;
  const words = fold(name).split(' ');
  return towns
    .get(words[0]!)
    ?.find((r) => r.words.join(' ') === words.join(' ') && r.value.country === country)?.value;
}
const country = (name: string) => GAZETTEER.countries.find((c) => c.name === name);
const region = (name: string, c: string) => GAZETTEER.regions.find((r) => r.name === name && r.country === c);

describe('gazetteer', () => {
  it('holds every country, thousands of regions and tens of thousands of towns', () => {
    expect(GAZETTEER.countries.length).to.be.at.least(249);
    expect(GAZETTEER.regions.length).to.be.at.least(3000);
    const other = GAZETTEER.otherTowns.split('\n').length;
    expect(GAZETTEER.towns.length + other).to.be.at.least(100_000);
  });

  it('names countries in Spanish, with English and official forms as aliases', () => {
    expect(country('Perú')?.code).to.equal('PE');
    expect(country('Estados Unidos')?.aliases).to.include.members(['United States', 'EE. UU.']);
    expect(country('Alemania')?.aliases).to.include.members(['Germany', 'República Federal de Alemania']);
    expect(country('Corea del Sur')?.code).to.equal('KR');
  });

  it('has the first-level regions of a country, in their local names', () => {
    const mx = GAZETTEER.regions.filter((r) => r.code?.startsWith('MX-'));
    expect(mx).to.have.length(32);
    expect(region('Jalisco', 'México')?.code).to.equal('MX-JAL');
    expect(region('Coahuila', 'México')?.aliases).to.include('Coahuila de Zaragoza');
    expect(region('Cataluña', 'España')?.aliases).to.include('Catalunya');
    expect(region('New York', 'Estados Unidos')?.aliases).to.include('Nueva York');
    expect(region('Ashanti', 'Ghana')).to.not.equal(undefined);
  });

  it('knows towns of a thousand people with their region and country', () => {
    expect(town('Zapotlanejo', 'México')?.region).to.equal('Jalisco');
    expect(town('Chinú', 'Colombia')?.region).to.equal('Córdoba');
    expect(town('Kumasi', 'Ghana')?.region).to.equal('Ashanti');
    expect(town('Torreón', 'México')?.region).to.equal('Coahuila');
  });

  it('gives capitals their Spanish names, keeping the package names as aliases', () => {
    expect(town('Londres', 'Reino Unido')?.aliases).to.include('London');
    expect(town('Ciudad de México', 'México')?.aliases).to.include.members(['CDMX', 'Mexico City']);
    expect(town('Ginebra', 'Suiza')?.aliases).to.include('Geneva');
  });

  it('every override names an entry of the packages', () => {
    const codes = new Set([...GAZETTEER.countries, ...GAZETTEER.regions].map((e) => e.code));
    const missing = [...Object.keys(COUNTRY_OVERRIDES), ...Object.keys(REGION_OVERRIDES)].filter(
      (k) => !codes.has(k),
    );
    expect(missing).to.deep.equal([]);
  });

  describe('ambiguity by rule', () => {
    const w = wordSets();
    const facts = (name: string, population: number, more: object = {}) => ({
      name,
      population,
      capital: false,
      regionSeat: false,
      namesakes: 1,
      ...more,
    });
    const table: [string, ReturnType<typeof facts>, string][] = [
      ['a small town that is a given name', facts('Victoria', 5_000), 'word'],
      ['a small town that is a common word', facts('Esperanza', 8_000), 'word'],
      ['a small town named like a person', facts('Benito Juárez', 9_000), 'word'],
      ['a small town of its own name', facts('Zapotlanejo', 30_000), 'minor'],
      ['a saint-named town of many', facts('San Pedro', 40_000, { namesakes: 40 }), 'minor'],
      ['a large city', facts('Kumasi', 1_400_000), 'none'],
      ['a region seat', facts('Yopal', 90_000, { regionSeat: true }), 'none'],
      ['a capital that is a given name', facts('Santiago', 5_000_000, { capital: true }), 'minor'],
      ['a large city that is a surname', facts('Toledo', 270_000), 'none'],
    ];
    for (const [what, t, level] of table) {
      it(`${what} ("${t.name}") needs ${level}`, () => {
        expect(townAmbiguity(t, w)).to.equal(level);
      });
    }
    it("a saint's name is not a person's", () => {
      expect(isWordLike('San José', w, true)).to.equal(false);
      expect(isWordLike('José María', w, true)).to.equal(true);
    });
    it('marks the loaded entries', () => {
      expect(town('Victoria', 'Canadá')?.ambiguity ?? town('Victoria', 'Seychelles')?.ambiguity).to.equal(
        'minor',
      );
      expect(country('Mauricio')?.ambiguous).to.equal(true);
      expect(country('Perú')?.ambiguous).to.equal(undefined);
    });
  });
});
