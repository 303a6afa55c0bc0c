// Table tests of the facts: invented press-release sentences and the relations they must (and must not) yield.
import { expect } from 'chai';
import { extract, facts } from './helpers';

const ROWS: [string, string, string[]][] = [
  [
    'role before the name, apposition and acronym',
    'El Director General del Instituto Nacional de Pesca (INAPESCA), Doctor Ramiro Ortega Salas, visitó Mazatlán.',
    ['HOLDS_ROLE Ramiro Ortega Salas -> Instituto Nacional de Pesca'],
  ],
  [
    'role after the name',
    'Sofía Herrera Ruiz, directora del Instituto Municipal de Cultura, presentó el programa.',
    ['HOLDS_ROLE Sofía Herrera Ruiz -> Instituto Municipal de Cultura'],
  ],
  [
    'two parties sign, their heads sign, a witness of honour',
    'La Universidad Autónoma de Tlaxcala y el Instituto Estatal de la Mujer firmaron un convenio de colaboración. El rector de la Universidad Autónoma de Tlaxcala, Dr. Luis Vargas Pino, y la directora del Instituto Estatal de la Mujer, Ana Mora Díaz, firmaron el convenio. El Gobernador del estado de Tlaxcala, Marco Mena Soto, fungió como testigo de honor.',
    [
      'PARTY_TO Universidad Autónoma de Tlaxcala -> <agreement>',
      'PARTY_TO Instituto Estatal de la Mujer -> <agreement>',
      'SIGNED_WITH Universidad Autónoma de Tlaxcala -> Instituto Estatal de la Mujer',
      'SIGNED Luis Vargas Pino -> <agreement>',
      'SIGNED Ana Mora Díaz -> <agreement>',
      'WITNESSED_BY <agreement> -> Marco Mena Soto',
    ],
  ],
  [
    'passive signing with agents',
    'La Fundación Tierra Viva firmó un convenio marco con la Universidad de los Andes. El convenio fue suscrito por el presidente de la fundación, Jorge Ríos Mena, y por Clara Soto Paz en representación de la Universidad de los Andes.',
    ['SIGNED Jorge Ríos Mena -> <agreement>', 'SIGNED Clara Soto Paz -> <agreement>'],
  ],
  [
    'signed during a named event',
    'La Secretaría de Turismo y la Asociación de Hoteles de Oaxaca firmaron un acuerdo durante la IV Cumbre Nacional de Turismo.',
    ['HELD_AT <agreement> -> IV Cumbre Nacional de Turismo'],
  ],
  [
    'English: signed by, on behalf of, venue in city',
    'During a ceremony at NASA Headquarters in Washington, Chile signed the Artemis Accords. Pedro Soto, foreign minister, signed the Artemis Accords on behalf of Chile.',
    [
      'SIGNED Pedro Soto -> <agreement>',
      'PARTY_TO Chile -> <agreement>',
      'HELD_AT <agreement> -> NASA Headquarters',
      'LOCATED_IN NASA Headquarters -> Washington',
    ],
  ],
  [
    'people listed after "Por parte de X", each with a post of their own',
    'La Universidad del Norte y la empresa Nubia Cloud firmaron un convenio. Por parte de Nubia Cloud en Chile, Andrea Solís Paredes, gerente de Alianzas; Tomás Ibarra Luna, encargado del Sector Público; y Rocío Méndez Vera, directora de Programas, entre otros.',
    [
      'HOLDS_ROLE Andrea Solís Paredes -> Nubia Cloud',
      'HOLDS_ROLE Tomás Ibarra Luna -> Nubia Cloud',
      'HOLDS_ROLE Rocío Méndez Vera -> Nubia Cloud',
    ],
  ],
  [
    'an English post kept in a Spanish release',
    'Marta Quiroga Vidal, Country Manager de NCS Chile y Perú, presentó el estudio.',
    ['HOLDS_ROLE Marta Quiroga Vidal -> NCS Chile'],
  ],
  [
    'a room named after someone, its head in lower case, is the venue, not a signer',
    'La Universidad de Lima y la empresa Nubia Cloud firmaron un convenio en la sala Ricardo Palma de la Torre Central.',
    ['HELD_AT <agreement> -> sala Ricardo Palma de la Torre Central'],
  ],
  [
    'people who went to or took part in an event took part in it',
    'La Secretaría de Salud celebró la III Jornada de Salud Rural. A la III Jornada de Salud Rural acudieron Marta Ibáñez Rojas y Raúl Peña Soto.',
    [
      'PARTICIPATED_IN Marta Ibáñez Rojas -> III Jornada de Salud Rural',
      'PARTICIPATED_IN Raúl Peña Soto -> III Jornada de Salud Rural',
    ],
  ],
  [
    'invented unit a body acts through: PART_OF',
    'La Gobernación del Cauca y la Cooperativa Agraria del Sur firmaron un memorando. La Gobernación, a través de su Secretaría de Agricultura y Desarrollo Rural, cubrirá el transporte.',
    ['PART_OF Secretaría de Agricultura y Desarrollo Rural -> Gobernación del Cauca'],
  ],
  [
    'invented English unit a body acts through: PART_OF',
    'The Ministry of Fisheries and the Coastal Trust signed an agreement. The Ministry of Fisheries, through its Inland Fisheries Bureau, will stock the lakes.',
    ['PART_OF Inland Fisheries Bureau -> Ministry of Fisheries'],
  ],
  [
    'invented "respectivamente": people and bodies paired in order',
    'La Universidad del Sur y la Cámara de Comercio de Villa Rosa firmaron un convenio. Lo firmaron Ana Torres Vidal y Luis Paz Rojas, rectora y presidente de la universidad y de la cámara, respectivamente.',
    [
      'HOLDS_ROLE Ana Torres Vidal -> Universidad del Sur',
      'HOLDS_ROLE Luis Paz Rojas -> Cámara de Comercio de Villa Rosa',
    ],
  ],
  [
    'invented "respectively" in English',
    'The University of the North and the Riverton Chamber of Commerce signed an agreement. It was signed by Ana Torres and Luis Paz, the vice-chancellor of the university and the president of the chamber respectively.',
    [
      'HOLDS_ROLE Ana Torres -> University of the North',
      'HOLDS_ROLE Luis Paz -> Riverton Chamber of Commerce',
    ],
  ],
];

const NEGATIVE: [string, string][] = [
  [
    'a meeting where nothing is signed',
    'El Instituto Nacional de Migración y la Organización Internacional para las Migraciones (OIM) lanzaron una campaña. Estuvieron presentes Laura Pérez Gil y Tomás Ruiz Vera.',
  ],
  [
    'an agreement only intended',
    'El Director General del Instituto del Agua acordó con su contraparte sentar las bases para un acuerdo bilateral.',
  ],
];

describe('extract/facts (invented phrases)', () => {
  for (const [what, text, expected] of ROWS) {
    it(`[extract/facts] ${what}`, () => {
      const got = facts(extract(text, /\b(the|during)\b/i.test(text) ? 'en' : 'es'));
      expect(got).to.include.members(expected);
    });
  }
  for (const [what, text] of NEGATIVE) {
    it(`[extract/facts] no agreement: ${what}`, () => {
      const x = extract(text);
      expect(x.nodes.filter((n) => n.label === 'Agreement')).to.deep.equal([]);
      expect(facts(x).filter((f) => /^(SIGNED|PARTY_TO|SIGNED_WITH)/.test(f))).to.deep.equal([]);
    });
  }
  it('[extract/facts] attendance cue links people to the event', () => {
    const x = extract(
      'Estuvieron presentes en la II Jornada de Salud Rural: Lic. Marta Ibáñez; Ing. Raúl Peña Soto.',
    );
    expect(facts(x, 'PARTICIPATED_IN')).to.include.members([
      'PARTICIPATED_IN Marta Ibáñez -> II Jornada de Salud Rural',
      'PARTICIPATED_IN Raúl Peña Soto -> II Jornada de Salud Rural',
    ]);
  });
});

describe('extract/facts verb-first signings (invented)', () => {
  it('[extract/facts] the parties written after the verb and the agreement', () => {
    const x = extract(
      'Este martes firmaron un convenio de colaboración la Universidad Autónoma de Zacatecas y el Instituto Estatal de Cultura.',
    );
    expect(facts(x, 'PARTY_TO')).to.have.members([
      'PARTY_TO Universidad Autónoma de Zacatecas -> <agreement>',
      'PARTY_TO Instituto Estatal de Cultura -> <agreement>',
    ]);
  });
});
