// Lists of places: once one member is a place, or a plural place noun opens the list, the other
// capitalised members are places too, even towns no gazetteer has; a dateline opens with its place even
// when the place is named after a person or its region is abbreviated; a venue's name goes on through
// its eponym. Invented sentences.
import { expect } from 'chai';
import { extract } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, places that must be found, names that must not be places]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'a plural place noun opens a list of unknown towns',
    'El programa llegará a los corregimientos de Palo Quemado, Las Tinajitas y El Guásimo.',
    'es',
    ['Palo Quemado', 'Las Tinajitas', 'El Guásimo'],
    [],
  ],
  [
    'a known town makes its list partners places',
    'La cooperativa compra café en Chinchiná, Palestina y Villamaría.',
    'es',
    ['Chinchiná', 'Palestina', 'Villamaría'],
    [],
  ],
  [
    'English: a list of towns after "the towns of"',
    'The grant covers the towns of Ballyfoyle, Kilbreedy and Oldcastle West.',
    'en',
    ['Ballyfoyle', 'Kilbreedy', 'Oldcastle West'],
    [],
  ],
  [
    'a sentence-opening adverb before a list is no place',
    'Además, Chinchiná, Palestina y Villamaría recibirán semillas.',
    'es',
    ['Chinchiná', 'Palestina', 'Villamaría'],
    ['Además'],
  ],
  [
    'a place and a body joined by "y" stay a place and a body',
    'La Universidad de Caldas y la Alcaldía de Manizales firmaron el convenio en Manizales y Chinchiná.',
    'es',
    ['Manizales'],
    ['Alcaldía de Manizales', 'Universidad de Caldas'],
  ],
  [
    'a place and its region with no list conjunction are not a list of unknowns',
    'La feria se celebró en Zapotlán, Jalisco, y reunió a 40 productores.',
    'es',
    ['Jalisco'],
    ['Reunió'],
  ],
  [
    'a dateline town named after a person is a place, not a person',
    'San Martín de los Andes, Neuquén, 4 de abril de 2024. La Municipalidad y el Parque Nacional Lanín firmaron un acuerdo.',
    'es',
    ['San Martín de los Andes'],
    [],
  ],
  [
    'a dateline in capitals with an abbreviated state',
    'TEQUILA, Jal., 9 de mayo de 2023.— El Ayuntamiento de Tequila y la Universidad de Guadalajara firmaron un convenio.',
    'es',
    ['Tequila'],
    [],
  ],
  [
    'a venue goes on through the person it is named after',
    'Los vecinos llegaron al Coliseo Municipal Jorge Isaacs Beltrán para el cabildo.',
    'es',
    ['Coliseo Municipal Jorge Isaacs Beltrán'],
    ['Coliseo Municipal'],
  ],
  [
    'a dateline in title case before a dash, under a headline',
    'Water board and college sign training pact\n\nKoforidua – The Eastern Water Board and Koforidua Technical College signed a memorandum of understanding on Monday.',
    'en',
    ['Koforidua'],
    [],
  ],
  [
    'the territory a governing post names is a place, known to no gazetteer',
    'Asistieron el alcalde de Quilmaná Alto, Pedro Ruiz Soto, y la delegada presidencial provincial de Tarmeño, Ana Vera.',
    'es',
    ['Quilmaná Alto', 'Tarmeño'],
    [],
  ],
  [
    'English: the town a mayor governs is a place',
    'The Mayor of Ballinkeel, Siobhan Kerrigan, opened the new library.',
    'en',
    ['Ballinkeel'],
    ['Siobhan Kerrigan'],
  ],
  [
    'a town called by the end of its full name is one place',
    'Santa Rosa de Quibal, 4 de mayo de 2026. La alcaldía amplió el acueducto. En Quibal viven doce mil personas.',
    'es',
    ['Santa Rosa de Quibal'],
    ['Quibal'],
  ],
  [
    'a town whose first word is a venue head is the town, and a list member',
    'Viajarán alumnos de los liceos de Plaza Huincul, Cutral Có y Zapala.',
    'es',
    ['Plaza Huincul', 'Cutral Có', 'Zapala'],
    ['Plaza Huincul, Cutral Có y Zapala'],
  ],
  [
    'a town whose first word is an institution head is the town ("Church Stretton")',
    'Drivers were hired in Shrewsbury, Much Wenlock and Church Stretton.',
    'en',
    ['Shrewsbury', 'Much Wenlock', 'Church Stretton'],
    [],
  ],
  [
    'those who govern places open a list; a town written with its article keeps it',
    'Los alcaldes de San Ignacio, Dulce Nombre de Jesús y La Laguna firmaron una carta con el ministerio.',
    'es',
    ['San Ignacio', 'Dulce Nombre de Jesús', 'La Laguna'],
    ['Laguna'],
  ],
];

describe('extract/place lists and datelines (invented)', () => {
  for (const [what, text, lang, places, notPlaces] of ROWS) {
    it(`[extract/places] ${what}`, () => {
      const x = extract(text, lang);
      const got = x.nodes.filter((n) => n.label === 'Place').map((n) => n.name);
      expect(got).to.include.members(places);
      for (const name of notPlaces) expect(got).not.to.include(name);
    });
  }
});

describe('extract/a place named again (invented)', () => {
  it('[extract/places] a name read as a place is no person when it comes back', () => {
    const x = extract(
      'Los alcaldes de San Ignacio, Dulce Nombre de Jesús y La Laguna firmaron una carta. El alcalde de Dulce Nombre de Jesús, Ramón Ortiz, habló.',
    );
    const people = x.nodes.filter((n) => n.label === 'Person').map((n) => n.name);
    expect(people).to.deep.equal(['Ramón Ortiz']);
  });
});
