// Invented table tests for posts whose institution comes from context: a post naming a body's area,
// "<ACRONYM> <post> in <Place> <Person>", local posts ("el intendente de la ciudad"), framing clauses.
import { expect } from 'chai';
import { extract, facts, names } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, facts that must appear, facts that must not]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'invented headline ending with a body: no organisation of the next line’s title',
    'Joint news release with the Harbour Chamber of Commerce\n\nMinister of Transport Helen Carter opened the new port office.',
    'en',
    [],
    ['HOLDS_ROLE Helen Carter -> Harbour Chamber of Commerce'],
  ],
  [
    'invented English minister naming the area of the document’s ministry',
    'QUITO, May 5, 2021 — The Ministry of Trade and Industry of Ecuador and the Andean Development Corporation (CAF) signed a loan agreement. Minister of Trade and Industry Tomás Ibarra and CAF Representative in Ecuador Lucía Serrano signed the agreement.',
    'en',
    [
      'HOLDS_ROLE Tomás Ibarra -> Ministry of Trade and Industry of Ecuador',
      'HOLDS_ROLE Lucía Serrano -> Andean Development Corporation',
    ],
    [],
  ],
  [
    'invented minister whose area names no body of the document: nothing invented',
    'QUITO, May 5, 2021 — The Ministry of Health of Ecuador and the Andean Development Corporation (CAF) signed a loan agreement. Minister of Trade and Industry Tomás Ibarra attended the ceremony.',
    'en',
    [],
    [
      'HOLDS_ROLE Tomás Ibarra -> Ministry of Health of Ecuador',
      'HOLDS_ROLE Tomás Ibarra -> Ministry of Trade and Industry',
    ],
  ],
  [
    'invented Spanish minister whose area goes on past a listed title, before a comma and the name',
    'ASUNCIÓN, 3 de mayo de 2021 – El Ministerio de Economía y Finanzas y la Fundación Tape Porã firmaron un convenio. El ministro de Economía y Finanzas, Gustavo Benítez, firmó el documento.',
    'es',
    ['HOLDS_ROLE Gustavo Benítez -> Ministerio de Economía y Finanzas'],
    ['HOLDS_ROLE Gustavo Benítez -> Fundación Tape Porã'],
  ],
  [
    'invented minister of part of a body’s area: not that body',
    'QUITO, May 5, 2021 — The Ministry of Trade and Industry of Ecuador and the Andean Development Corporation (CAF) signed a loan agreement. Minister of Trade Tomás Ibarra attended.',
    'en',
    [],
    ['HOLDS_ROLE Tomás Ibarra -> Ministry of Trade and Industry of Ecuador'],
  ],
  [
    'invented "<Bank> Country Director for <Place> <Person>": the bank’s name stops at the post',
    'The World Bank and the Ministry of Finance of Chile signed a loan. World Bank Country Director for Chile Rosa Medina signed it.',
    'en',
    ['HOLDS_ROLE Rosa Medina -> World Bank'],
    ['HOLDS_ROLE Rosa Medina -> World Bank Country'],
  ],
  [
    'invented "En representación de <Inst>, la <post> <Person>"',
    'MANAGUA, 3 de mayo de 2021 – La Secretaría de Cultura y la UNESCO firmaron un convenio. En representación de la UNESCO, la representante en Nicaragua Irene Vidal firmó el documento.',
    'es',
    ['HOLDS_ROLE Irene Vidal -> UNESCO'],
    ['HOLDS_ROLE Irene Vidal -> Secretaría de Cultura'],
  ],
  [
    'invented "intendente de la ciudad" with one municipality',
    'ROSARIO, 3 de mayo de 2021 – La Universidad del Litoral y la Municipalidad de Rosario firmaron un convenio. Participaron el intendente de la ciudad, Mateo Quiroga, y el rector Julio Arce.',
    'es',
    ['HOLDS_ROLE Mateo Quiroga -> Municipalidad de Rosario'],
    ['HOLDS_ROLE Mateo Quiroga -> Universidad del Litoral'],
  ],
  [
    'invented "alcalde del municipio" with no municipal body: no relation',
    'La Universidad del Litoral y la Fundación Sol firmaron un convenio. Asistió el alcalde del municipio, Mateo Quiroga.',
    'es',
    [],
    ['HOLDS_ROLE Mateo Quiroga -> Universidad del Litoral', 'HOLDS_ROLE Mateo Quiroga -> Fundación Sol'],
  ],
  [
    'invented "alcalde del municipio" with two municipal bodies and no dateline: no relation',
    'La Municipalidad de Rosario y la Municipalidad de Paraná firmaron un convenio. Asistió el alcalde del municipio, Mateo Quiroga.',
    'es',
    [],
    [
      'HOLDS_ROLE Mateo Quiroga -> Municipalidad de Rosario',
      'HOLDS_ROLE Mateo Quiroga -> Municipalidad de Paraná',
    ],
  ],
  [
    'invented "Por parte de la Secretaría asistió el viceministro" and "estuvo representada por su representante"',
    'SAN SALVADOR, 3 de mayo de 2021 – La Secretaría de Cultura y la UNESCO se reunieron para revisar el plan. Por parte de la Secretaría asistió el viceministro de Patrimonio Vivo, Ernesto Calderón, mientras que la UNESCO estuvo representada por su representante en El Salvador, Irene Vidal.',
    'es',
    ['HOLDS_ROLE Ernesto Calderón -> Secretaría de Cultura', 'HOLDS_ROLE Irene Vidal -> UNESCO'],
    ['HOLDS_ROLE Ernesto Calderón -> UNESCO', 'HOLDS_ROLE Irene Vidal -> Secretaría de Cultura'],
  ],
];

describe('extract/context roles (invented)', () => {
  for (const [what, text, lang, must, mustNot] of ROWS) {
    it(`[extract/context-roles] ${what}`, () => {
      const got = facts(extract(text, lang));
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }
  it('[extract/context-roles] the framed post is the role, never a conjunction after the name', () => {
    const x = extract(
      'SAN SALVADOR, 3 de mayo de 2021 – La Secretaría de Cultura y la UNESCO se reunieron. Por parte de la Secretaría asistió el viceministro de Patrimonio Vivo, Ernesto Calderón, mientras que la UNESCO estuvo representada por su representante en El Salvador, Irene Vidal.',
    );
    const roles = x.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.properties.role);
    expect(roles).to.include.members(['viceministro de Patrimonio Vivo', 'representante en El Salvador']);
    expect(roles).to.not.include('mientras');
  });
  it('[extract/context-roles] a meeting with no signing makes no agreement', () => {
    const x = extract(
      'SAN SALVADOR, 3 de mayo de 2021 – La Secretaría de Cultura y la UNESCO se reunieron. Por parte de la Secretaría asistió el viceministro de Patrimonio Vivo, Ernesto Calderón.',
    );
    expect(names(x, 'Agreement')).to.deep.equal([]);
    expect(facts(x, 'HOLDS_ROLE')).to.include('HOLDS_ROLE Ernesto Calderón -> Secretaría de Cultura');
  });
});
