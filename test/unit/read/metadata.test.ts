// ingest/read/metadata: dates, datelines, headlines and language, one phrase per row.
import { expect } from 'chai';
import { detectLanguage, parseDate } from '../../../ingest/read';
import { findDateline } from '../../../ingest/read/metadata/dateline';
import { readMetadata } from '../../../ingest/read/metadata';

// [written, ISO]
const DATES: [string, string | null][] = [
  ['Lima, Perú, 9 de mayo de 2014.', '2014-05-09'],
  ['Chihuahua, Chihuahua, a 24 de julio de 2015.', '2015-07-24'],
  ['Martes 29 de diciembre del 2020.', '2020-12-29'],
  ['1º de septiembre de 2019', '2019-09-01'],
  ['13 de setiembre de 2019', '2019-09-13'],
  ['WASHINGTON, Nov. 15, 2024', '2024-11-15'],
  ['November 5th, 2024', '2024-11-05'],
  ['15 November 2024', '2024-11-15'],
  ['2019-09-14', '2019-09-14'],
  ['2021-03-04T10:00:00-06:00', '2021-03-04'],
  ['31 de febrero de 2020', null],
  ['el jueves 22 de junio', null],
  ['en 2017 y 2018', null],
];

// [paragraph, expected place, expected date]; null place: a bare date line.
const DATELINES: [string, string | null, string][] = [
  ['Lima, Perú, 9 de mayo de 2014.', 'Lima, Perú', '2014-05-09'],
  ['Chihuahua, Chihuahua, a 24 de julio de 2015.', 'Chihuahua, Chihuahua', '2015-07-24'],
  ['Ciudad de México, 3 de marzo de 2015', 'Ciudad de México', '2015-03-03'],
  [
    'Playas de Rosarito, Baja California; Martes 29 de diciembre del 2020.',
    'Playas de Rosarito, Baja California',
    '2020-12-29',
  ],
  ['WASHINGTON, Nov. 15, 2024 — The two leaders met today at the White House.', 'Washington', '2024-11-15'],
  ['CIUDAD DE MÉXICO, 3 de marzo de 2015.- El IMSS firmó hoy.', 'Ciudad de México', '2015-03-03'],
  ['13 de septiembre de 2019', null, '2019-09-13'],
  ['KAIKOURA (4 June 2024) - The board met the trust.', 'Kaikoura', '2024-06-04'],
];

// Sentences with a date that are not datelines.
const NOT_DATELINES: string[] = [
  'El 20 de diciembre de 2017, en Bogotá, la Fundación Casanare firmó un convenio.',
  'La Universidad firmó el convenio el 9 de mayo de 2014 con el Instituto.',
  'FIRMAN UNIVERSIDAD Y MUNICIPIO CONVENIO DE COLABORACIÓN Mérida, Yucatán, 3 de marzo de 2015.',
];

// [text, language]
const LANGUAGES: [string, 'es' | 'en'][] = [
  ['El Instituto firmó un convenio con la Universidad para la formación de médicos.', 'es'],
  ['The two leaders discussed the cooperation in security and trade.', 'en'],
  [
    'NASA Welcomes Uruguay Foreign Minister for Artemis Accords Signing. Uruguay became the 36th country to sign.',
    'en',
  ],
  ['Convenio IMSS ISSS', 'es'],
];

describe('ingest/read: metadata', () => {
  describe('parseDate', () => {
    for (const [written, iso] of DATES) {
      it(`${written} -> ${iso}`, () => expect(parseDate(written), written).to.equal(iso));
    }
  });

  describe('findDateline', () => {
    for (const [paragraph, place, date] of DATELINES) {
      it(paragraph, () => {
        const found = findDateline(['TITULAR DEL COMUNICADO', paragraph]);
        expect(found, paragraph).to.deep.include({ index: 1, place, date });
      });
    }
    for (const paragraph of NOT_DATELINES) {
      it(`not a dateline: ${paragraph}`, () => expect(findDateline([paragraph]), paragraph).to.equal(null));
    }
  });

  describe('detectLanguage', () => {
    for (const [text, lang] of LANGUAGES) {
      it(`${lang}: ${text}`, () => expect(detectLanguage(text), text).to.equal(lang));
    }
  });

  describe('readMetadata', () => {
    it('prefers declared metadata over the text', () => {
      const meta = readMetadata(['Titular', 'Lima, Perú, 9 de mayo de 2014.'], {
        title: 'Declarado',
        date: '2014-05-10',
      });
      expect([meta.title, meta.date, meta.location]).to.deep.equal(['Declarado', '2014-05-10', 'Lima, Perú']);
    });

    it('skips the dateline when choosing the headline', () => {
      const meta = readMetadata(['Lima, Perú, 9 de mayo de 2014.', 'ACUERDAN MÉXICO Y PERÚ COOPERAR'], {});
      expect([meta.title, meta.headline]).to.deep.equal(['ACUERDAN MÉXICO Y PERÚ COOPERAR', 1]);
    });

    it('has no title when the text opens with a long paragraph', () => {
      const body = 'El Instituto firmó un convenio con la Universidad '.repeat(8).trim() + '.';
      expect(readMetadata([body], {}).title).to.equal(null);
    });

    it('falls back to a date written near the top only when there is no dateline', () => {
      const meta = readMetadata(['Titular', 'El 20 de diciembre de 2017, en Bogotá, se firmó.'], {});
      expect([meta.date, meta.location]).to.deep.equal(['2017-12-20', null]);
    });

    it('does not take a title abbreviation for a wire-service place', () => {
      const body =
        'Dr. José Ángel Delgado, director de la facultad, firmó el convenio con el Instituto Municipal de Planeación.';
      expect(readMetadata(['Titular', body], {}).location).to.equal(null);
    });

    it('reads a wire-service dateline as the place', () => {
      const body =
        'San Salvador. El Salvador y México firmaron un convenio de seguridad social que contempla becas para médicos.';
      expect(readMetadata(['Titular', body], {}).location).to.equal('San Salvador');
    });
  });
});
