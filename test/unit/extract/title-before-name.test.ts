// Invented table tests for the courtesy title between a post and the name: in two parts ("Ing. Agr."),
// as initials ("M.I."); the sentence goes on past the title's second part.
import { expect } from 'chai';
import { extract, facts } from './helpers';

/** [what, text, facts that must appear, facts that must not]. */
const ROWS: [string, string, string[], string[]][] = [
  [
    'invented "el gerente de Y, Ing. Agr. X": a title in two parts',
    'La Cooperativa Agrícola del Sur firmó un convenio. Asistió el gerente de la Cooperativa Agrícola del Sur, Ing. Agr. Luis Paz Rojas, junto a los socios.',
    ['HOLDS_ROLE Luis Paz Rojas -> Cooperativa Agrícola del Sur'],
    [],
  ],
  [
    'invented "el director general de Y, M.I. X": a title written as initials',
    'El Instituto Tecnológico del Norte firmó un convenio. Lo firmó el director general del Instituto Tecnológico del Norte, M.I. Jorge Salas Peña.',
    ['HOLDS_ROLE Jorge Salas Peña -> Instituto Tecnológico del Norte'],
    [],
  ],
  [
    'invented "la alcaldesa, Ing. Civ. X": a local post past a title in two parts',
    'El Ayuntamiento de Villa Alta firmó un convenio. Firmó la alcaldesa, Ing. Civ. Rosa Medina Salas.',
    ['HOLDS_ROLE Rosa Medina Salas -> Ayuntamiento de Villa Alta'],
    [],
  ],
  [
    'invented "la secretaria de A, B y C de la Municipalidad, Lic. X": a listed area, then the body',
    'La Municipalidad de Rafaela y la Universidad del Sur firmaron un convenio. Participó la secretaria de Desarrollo, Innovación y Relaciones Internacionales de la Municipalidad, Lic. Natalia Soledad Maina.',
    ['HOLDS_ROLE Natalia Soledad Maina -> Municipalidad de Rafaela'],
    ['HOLDS_ROLE Natalia Soledad Maina -> Universidad del Sur'],
  ],
  [
    'invented "el director del INTA Rafaela, Dr. X": the branch\'s town after the acronym, also a given name',
    'La Municipalidad de Rafaela firmó un convenio con el Instituto Nacional de Tecnología Agropecuaria (INTA). Participó el director del INTA Rafaela, Dr. Oscar Quaino.',
    ['HOLDS_ROLE Oscar Quaino -> Instituto Nacional de Tecnología Agropecuaria'],
    ['Person Rafaela'],
  ],
];

describe('extract/title before name (invented)', () => {
  for (const [what, text, must, mustNot] of ROWS) {
    it(`[extract/title-before-name] ${what}`, () => {
      const got = facts(extract(text));
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }
});
