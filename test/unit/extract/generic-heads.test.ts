// Invented table tests for posts whose body is named only by its generic head: "the university", "the
// foundation's director", "el rector de esa universidad", "el presidente de la cooperativa", never a head
// found inside another word ("Interagency").
import { expect } from 'chai';
import { extract, facts } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, facts that must appear, facts that must not, language]. */
const ROWS: [string, string, string[], string[], Lang?][] = [
  [
    'invented "el rector de esa universidad, X"',
    'La Universidad del Litoral y la Fundación Sol firmaron un convenio, suscrito por el rector de esa universidad, Ing. Julio Arce Mena.',
    ['HOLDS_ROLE Julio Arce Mena -> Universidad del Litoral'],
    ['HOLDS_ROLE Julio Arce Mena -> Fundación Sol'],
    'es',
  ],
  [
    'invented "el presidente de la cooperativa, X"',
    'La Municipalidad de Villa Rosa y la Cooperativa Agrícola del Sur firmaron un acuerdo. Lo firmó el presidente de la cooperativa, Luis Paz Rojas.',
    ['HOLDS_ROLE Luis Paz Rojas -> Cooperativa Agrícola del Sur'],
    [],
    'es',
  ],
  [
    'invented "X, president of the university" after the university is named',
    'Northfield University and the Coastal Research Institute signed an agreement. "It is a good day," said Helen Carter, president of the university.',
    ['HOLDS_ROLE Helen Carter -> Northfield University'],
    ['HOLDS_ROLE Helen Carter -> Coastal Research Institute'],
  ],
  [
    'invented "the university’s provost, X": a lower-case head with its possessive',
    'Northfield University and the Coastal Research Institute signed an agreement. The university’s provost, Michael Grant, will chair the committee.',
    ['HOLDS_ROLE Michael Grant -> Northfield University'],
    [],
  ],
  [
    'invented "X, the foundation’s treasurer"',
    'The Harbour Foundation and Northfield University signed an agreement. Also present was Peter Olsen, the foundation’s treasurer.',
    ['HOLDS_ROLE Peter Olsen -> Harbour Foundation'],
    ['HOLDS_ROLE Peter Olsen -> Northfield University'],
  ],
  [
    'invented "the college’s president, Dr. X"',
    'Harbour Applied College and the Riverton City Government signed a memorandum. The college’s president, Dr. Ahmed Karim, thanked the city.',
    ['HOLDS_ROLE Ahmed Karim -> Harbour Applied College'],
    ['HOLDS_ROLE Ahmed Karim -> Riverton City Government'],
  ],
  [
    'invented "for the agency": no body whose name only holds the letters ("Interagency")',
    'Helen Carter, director of the Office of Interagency Affairs, spoke. Administrator Michael Grant signed for the agency, and Peter Olsen, the agency’s treasurer, attended.',
    [],
    ['HOLDS_ROLE Peter Olsen -> Office of Interagency Affairs'],
  ],
  [
    'invented "the council\'s director of parks and works, X": plural nouns that read alone as verbs',
    "The Riverton District Council and the Greenway Trust signed an agreement. The council's director of parks and public works, Helen Ward, said planting starts in May.",
    ['HOLDS_ROLE Helen Ward -> Riverton District Council'],
    ['HOLDS_ROLE Helen Ward -> Greenway Trust'],
    'en',
  ],
  [
    'invented "el rector de la casa de estudios, Dr. X": a word for a university points back to it',
    'La Universidad Andina del Altiplano y la Municipalidad de Juliaca firmaron un convenio. Lo suscribió el rector de la casa de estudios, Dr. Hugo Ccama Flores.',
    ['HOLDS_ROLE Hugo Ccama Flores -> Universidad Andina del Altiplano'],
    ['HOLDS_ROLE Hugo Ccama Flores -> Municipalidad de Juliaca'],
    'es',
  ],
  [
    'invented "del director del hospital, Dr. X": the head after "del" points back too',
    'El Hospital Regional de Ica y la Fundación Vida firmaron un convenio en presencia del director del hospital, Dr. Mario Soto Vera.',
    ['HOLDS_ROLE Mario Soto Vera -> Hospital Regional de Ica'],
    ['HOLDS_ROLE Mario Soto Vera -> Fundación Vida'],
    'es',
  ],
];

describe('extract/generic heads (invented)', () => {
  for (const [what, text, must, mustNot, lang] of ROWS) {
    it(`[extract/generic-heads] ${what}`, () => {
      const got = facts(extract(text, lang ?? 'en'));
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }
});
