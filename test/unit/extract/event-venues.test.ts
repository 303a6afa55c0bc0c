// An event is held at the venue its own sentence names, before or after it, and in the town after the
// venue; a sentence with two events places neither. Invented sentences.
import { expect } from 'chai';
import { extract, facts } from './helpers';

/** [what, text, lang, HELD_AT facts that must appear, ones that must not]. */
const ROWS: [string, string, 'es' | 'en', string[], string[]][] = [
  [
    'English: the venue and its town before the event',
    'More than 200 farmers gathered at the Riverside Hall in Tamale on Friday for the 2024 Northern Rice Forum.',
    'en',
    ['HELD_AT 2024 Northern Rice Forum -> Riverside Hall', 'HELD_AT 2024 Northern Rice Forum -> Tamale'],
    [],
  ],
  [
    'Spanish: "llegaron al <venue> para participar en <event>"',
    'Más de 300 vecinos llegaron al Teatro Municipal de Chillán para participar en la Tercera Cumbre del Agua.',
    'es',
    ['HELD_AT Tercera Cumbre del Agua -> Teatro Municipal de Chillán'],
    [],
  ],
  [
    'two events in the sentence: the venue is neither one’s',
    'Tras la Tercera Cumbre del Agua y antes del Segundo Foro Rural, los alcaldes se reunieron en el Teatro Municipal de Chillán.',
    'es',
    [],
    [
      'HELD_AT Tercera Cumbre del Agua -> Teatro Municipal de Chillán',
      'HELD_AT Segundo Foro Rural -> Teatro Municipal de Chillán',
    ],
  ],
  [
    'English: a year and five words before the event noun; the hall after it',
    'The director signed the agreement during the opening session of the 2024 Great Lakes Wetland Restoration Conference at Kellogg Hall in Lansing.',
    'en',
    ['HELD_AT 2024 Great Lakes Wetland Restoration Conference -> Kellogg Hall'],
    [],
  ],
];

/** [what, text, venue that must be read, events that must not]. */
const BUILDINGS: [string, string, string, string][] = [
  [
    'an event noun before "Centre" names a building',
    'The forum was held at the Kigali Convention Centre.',
    'Kigali Convention Centre',
    'Convention Centre',
  ],
  [
    'a building’s name ends before "on <weekday>"',
    'Exhibitors gathered at the Conference Center on Monday.',
    'Conference Center',
    'Conference Center',
  ],
  [
    'where a place is expected, "at the X Centre" is a building',
    'The agreement was signed at the Westgate Civic Centre in Ludlow.',
    'Westgate Civic Centre',
    'Westgate Civic Centre',
  ],
  [
    'a building’s name runs on through "and"',
    'The partners met at the Marine Science and Innovation Centre on Friday.',
    'Marine Science and Innovation Centre',
    'Marine Science and Innovation Centre',
  ],
  [
    'an event noun before a building word names the building, not an event',
    'The memorandum was signed at the Assembly Rooms in Bromyard.',
    'Assembly Rooms',
    'Assembly Rooms',
  ],
  [
    'a campus is a venue',
    'The accord was signed at Hillcrest Campus in Truro.',
    'Hillcrest Campus',
    'Hillcrest Campus',
  ],
];

describe('extract/event buildings are venues (invented)', () => {
  for (const [what, text, venue, notEvent] of BUILDINGS) {
    it(`[extract/settings] ${what}`, () => {
      const x = extract(text, 'en');
      expect(x.nodes.filter((n) => n.label === 'Place').map((n) => n.name)).to.include(venue);
      expect(x.nodes.filter((n) => n.label === 'Event').map((n) => n.name)).not.to.include(notEvent);
    });
  }
});

describe('extract/names end before a date (invented)', () => {
  it('[extract/names] "the Ministry of Finance on Monday" is the Ministry of Finance', () => {
    const x = extract('The board met at the Ministry of Finance on Monday.', 'en');
    expect(x.nodes.filter((n) => n.label === 'Institution').map((n) => n.name)).to.deep.equal([
      'Ministry of Finance',
    ]);
  });
});

describe('extract/events at the venue of their sentence (invented)', () => {
  for (const [what, text, lang, present, absent] of ROWS) {
    it(`[extract/settings] ${what}`, () => {
      const x = extract(text, lang);
      const got = facts(x, 'HELD_AT');
      expect(got).to.include.members(present);
      const nodes = x.nodes.map((n) => n.name);
      for (const a of absent) {
        // both ends are read, so that the missing fact is the rule's doing
        expect(nodes).to.include.members(a.replace('HELD_AT ', '').split(' -> '));
        expect(got).not.to.include(a);
      }
    });
  }
});

/** [what, text, lang, HELD_AT facts that must appear, ones that must not]: places inside a purpose clause. */
const PURPOSES: [string, string, 'es' | 'en', string[], string[]][] = [
  [
    'a place in what the agreement is for is not where it was signed',
    'La Universidad del Valle y la Fundación Agua Viva firmaron un convenio para mejorar el riego en Oaxaca. La firma se realizó en el Auditorio Central de Tlaxiaco.',
    'es',
    ['HELD_AT <agreement> -> Auditorio Central de Tlaxiaco'],
    ['HELD_AT <agreement> -> Oaxaca'],
  ],
  [
    'English: a place in what the memorandum is for is not where it was signed',
    'Herefordshire Council and Teme Haulage Ltd signed a memorandum to train drivers in south Herefordshire, at the Kingsway Community Hall in Bromyard.',
    'en',
    ['HELD_AT <agreement> -> Kingsway Community Hall'],
    ['HELD_AT <agreement> -> Herefordshire'],
  ],
  [
    'the act that "se desarrolló en" a venue places the signing',
    'La Universidad del Valle y la Fundación Agua Viva firmaron un convenio de cooperación. El acto se desarrolló en el Salón Rojo del Palacio Municipal.',
    'es',
    ['HELD_AT <agreement> -> Salón Rojo del Palacio Municipal'],
    [],
  ],
  [
    'English: "The ceremony, held at <venue>" places the signing',
    'The Harbour Health Authority signed a memorandum with the Coastal Nursing College. The ceremony, held at the Kingsway Community Hall in Bromyard, was brief.',
    'en',
    ['HELD_AT <agreement> -> Kingsway Community Hall'],
    [],
  ],
];

describe('extract/a purpose clause places no signing (invented)', () => {
  for (const [what, text, lang, must, mustNot] of PURPOSES) {
    it(`[extract/settings] ${what}`, () => {
      const got = facts(extract(text, lang), 'HELD_AT');
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }
});
