// Table tests of places read from the gazetteer in invented sentences: towns found only where a place
// is expected, and names that are also words or people's names left alone.
import { expect } from 'chai';
import { extract, facts, names } from '../extract/helpers';
import { readBuffer } from '../../../ingest/read';
import { extractDocument } from '../../../ingest/extract';

const FOUND: [string, 'es' | 'en', string[]][] = [
  [
    'La firma tuvo lugar en Zapotlanejo, Jalisco, ante autoridades locales.',
    'es',
    ['Zapotlanejo', 'Jalisco'],
  ],
  ['The memorandum was signed in Kumasi, Ghana, on Tuesday.', 'en', ['Kumasi', 'Ghana']],
  ['Los jóvenes del municipio de Chinú recibieron las becas.', 'es', ['Chinú']],
  ['El convenio beneficiará a productores de la ciudad de Tulancingo.', 'es', ['Tulancingo']],
  ['La brigada llegó a Yarumal, Antioquia, el lunes.', 'es', ['Yarumal', 'Antioquia']],
  ['Representantes de Quetzaltenango y de Lima firmaron la carta.', 'es', ['Quetzaltenango', 'Lima']],
  ['La delegación viajó desde Estocolmo hasta Nueva York.', 'es', ['Estocolmo', 'Nueva York']],
  ['El foro se celebró en Ciudad Apodaca, Nuevo León.', 'es', ['Ciudad Apodaca', 'Nuevo León']],
];

const NOT_PLACES: [string, 'es' | 'en', string[]][] = [
  ['Victoria Pérez firmó el acuerdo con la cooperativa.', 'es', ['Victoria']],
  ['Trabajamos por la Esperanza del pueblo y su Libertad.', 'es', ['Esperanza', 'Libertad']],
  ['La Concordia entre las partes fue celebrada por Mercedes Ruiz.', 'es', ['Concordia', 'Mercedes']],
  ['The Commerce Committee heard from Energy officials.', 'en', ['Commerce', 'Energy']],
  ['El Código Penal fue reformado este año.', 'es', ['Peñal']],
  ['La feria se hizo en Lima Norte y llegará al Cono Sur.', 'es', ['Norte', 'Sur']],
  ['The fair moved from Ridgeway North to the East of the city.', 'en', ['North', 'East']],
];

describe('places from the gazetteer in running text', () => {
  for (const [text, lang, expected] of FOUND) {
    it(`finds ${expected.join(', ')} in "${text}"`, () => {
      expect(names(extract(text, lang), 'Place')).to.include.members(expected);
    });
  }
  for (const [text, lang, absent] of NOT_PLACES) {
    it(`finds no place ${absent.join(', ')} in "${text}"`, () => {
      const places = names(extract(text, lang), 'Place');
      expect(places.filter((p) => absent.includes(p))).to.deep.equal([]);
    });
  }
  it('a town before its region is located in it', () => {
    const x = extract('La firma tuvo lugar en Zapotlanejo, Jalisco, ante autoridades locales.');
    expect(facts(x, 'LOCATED_IN')).to.include('LOCATED_IN Zapotlanejo -> Jalisco');
  });
});

describe('a dateline town the gazetteer needs context for', () => {
  it('is named as the gazetteer writes it', () => {
    const x = extract(
      'TLAJOMULCO DE ZÚÑIGA, Jalisco — El ayuntamiento y la universidad firmaron un convenio.',
    );
    expect(names(x, 'Place')).to.include('Tlajomulco de Zúñiga');
  });
});

describe('a place named by an article and a common word', () => {
  it('is no place opening a sentence', () => {
    const x = extract('La Réunion de trabajo concluyó con un acuerdo.');
    expect(names(x, 'Place')).to.deep.equal([]);
  });
});

// A dateline's place in capitals, however its date is written, is a place and never an acronym of a body.
const DATELINES: [string, string, string][] = [
  [
    'KAIKOURA, 4 June 2024 - The District Council signed an accord with the Coastal Trust.',
    'Kaikoura',
    'KAIKOURA',
  ],
  [
    'TOTNES, Tuesday 12 May 2024 - The Town Council signed an accord with the River Trust.',
    'Totnes',
    'TOTNES',
  ],
  [
    'SAN JUAN DE LOS MORROS, Venezuela, 3 de marzo de 2025.- La Gobernación firmó un convenio con la Universidad Rómulo Gallegos.',
    'San Juan de los Morros',
    'SAN',
  ],
];

describe('a dateline place in capitals', () => {
  for (const [text, place, notBody] of DATELINES) {
    it(`reads ${place} as the place of "${text.slice(0, 40)}..."`, async () => {
      const source = await readBuffer(Buffer.from(`Headline of the release\n\n${text}\n`), 'release.txt');
      const x = extractDocument(source);
      expect(names(x, 'Place')).to.include(place);
      expect(names(x, 'Institution')).to.not.include(notBody);
    });
  }
});
