// Invented table tests for posts of a local or state government written without their body next to them:
// "la alcaldesa, X", "el alcalde de <town>, X", "el intendente X", "la síndica municipal, X", "el
// gobernador de <state>, X" with the state's Gobernación in the text.
import { expect } from 'chai';
import { extract, facts } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, facts that must appear, facts that must not]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'invented bare "la alcaldesa, X" with one municipal body',
    'VILLA ALTA, 3 de mayo de 2021 – El Ayuntamiento de Villa Alta y el Instituto Tecnológico del Norte firmaron un convenio. La alcaldesa, Rosa Medina Salas, destacó el acuerdo.',
    'es',
    ['HOLDS_ROLE Rosa Medina Salas -> Ayuntamiento de Villa Alta'],
    ['HOLDS_ROLE Rosa Medina Salas -> Instituto Tecnológico del Norte'],
  ],
  [
    'invented "el intendente X" with no comma',
    'La Municipalidad de Villa Rosa y la Cooperativa Agrícola del Sur firmaron un acuerdo. El intendente Mateo Quiroga Paz destacó la inversión.',
    'es',
    ['HOLDS_ROLE Mateo Quiroga Paz -> Municipalidad de Villa Rosa'],
    [],
  ],
  [
    'invented "la síndica municipal, X": a member with the word that says so',
    'El Ayuntamiento de Villa Alta y la Fundación Sol firmaron un convenio. Acompañó la firma la síndica municipal, Lic. Carmen Ortiz Luna.',
    'es',
    ['HOLDS_ROLE Carmen Ortiz Luna -> Ayuntamiento de Villa Alta'],
    [],
  ],
  [
    'invented "la regidora, X" with no word that says whose: nothing',
    'El Ayuntamiento de Villa Alta y la Fundación Sol firmaron un convenio. Acompañó la firma la regidora, Carmen Ortiz Luna.',
    'es',
    [],
    ['HOLDS_ROLE Carmen Ortiz Luna -> Ayuntamiento de Villa Alta'],
  ],
  [
    'invented "el alcalde de <town>" with that town’s government among two',
    'La Municipalidad de San Ramón y la Municipalidad de Villa Rosa firmaron un convenio. Firmaron el alcalde de San Ramón, Jorge Ibarra Soto, y el alcalde de Villa Rosa, Luis Paz Rojas.',
    'es',
    [
      'HOLDS_ROLE Jorge Ibarra Soto -> Municipalidad de San Ramón',
      'HOLDS_ROLE Luis Paz Rojas -> Municipalidad de Villa Rosa',
    ],
    ['HOLDS_ROLE Jorge Ibarra Soto -> Municipalidad de Villa Rosa'],
  ],
  [
    'invented "la alcaldesa de <town>" whose government is not in the text: nothing',
    'La Municipalidad de San Ramón y la Fundación Sol firmaron un convenio. Asistió la alcaldesa de Villa Rosa, Marta Ruiz Vaca.',
    'es',
    [],
    ['HOLDS_ROLE Marta Ruiz Vaca -> Municipalidad de San Ramón'],
  ],
  [
    'invented "el gobernador de <state>" with the state’s Gobernación in the text',
    'La Gobernación de Antioquia y la Universidad del Valle firmaron un convenio. Firmó el gobernador de Antioquia, Andrés Rincón Pérez.',
    'es',
    ['HOLDS_ROLE Andrés Rincón Pérez -> Gobernación de Antioquia'],
    ['HOLDS_ROLE Andrés Rincón Pérez -> Gobierno del Estado de Antioquia'],
  ],
  [
    'invented "Mayor X" in English with one city government',
    'The Riverton City Government and the Greenway Foundation launched a programme. Mayor Linda Parker said the trees would be planted in July.',
    'en',
    ['HOLDS_ROLE Linda Parker -> Riverton City Government'],
    [],
  ],
  [
    'invented "X, alcalde de <town>": the name before the post',
    'La Municipalidad de Puerto Azul y el Instituto Profesional del Sur firmaron un convenio. Ricardo Soto Navarro, alcalde de Puerto Azul, destacó el acuerdo.',
    'es',
    ['HOLDS_ROLE Ricardo Soto Navarro -> Municipalidad de Puerto Azul'],
    ['HOLDS_ROLE Ricardo Soto Navarro -> Instituto Profesional del Sur'],
  ],
  [
    'invented "los concejales A y B" with one municipal council',
    'El Concejo Municipal de Villa Rosa sesionó en la plaza. Estuvieron presentes los concejales Dayana Ruiz Arrieta y Wilmer Lora Pacheco.',
    'es',
    [
      'HOLDS_ROLE Dayana Ruiz Arrieta -> Concejo Municipal de Villa Rosa',
      'HOLDS_ROLE Wilmer Lora Pacheco -> Concejo Municipal de Villa Rosa',
    ],
    [],
  ],
  [
    'invented "Mayor X" where the council is the local government',
    'The Gisborne District Council and the Waipaoa River Trust signed an agreement. It was signed by Mayor Anna Kerr and the trust’s chair, Henry Walker.',
    'en',
    ['HOLDS_ROLE Anna Kerr -> Gisborne District Council', 'HOLDS_ROLE Henry Walker -> Waipaoa River Trust'],
    ['HOLDS_ROLE Anna Kerr -> Waipaoa River Trust'],
  ],
  [
    'invented "El alcalde X agradeció a la directora de la universidad": the later post is somebody else\'s',
    'La Municipalidad de Villa Rosa y la Universidad del Sur firmaron un convenio. El alcalde Mateo Quiroga Paz agradeció a la directora de la universidad, Ana Torres Vidal, su trabajo.',
    'es',
    [
      'HOLDS_ROLE Mateo Quiroga Paz -> Municipalidad de Villa Rosa',
      'HOLDS_ROLE Ana Torres Vidal -> Universidad del Sur',
    ],
    ['HOLDS_ROLE Mateo Quiroga Paz -> Universidad del Sur'],
  ],
  [
    'invented "X, ante la presencia del secretario del Ayuntamiento, Y": the post is Y\'s',
    'El Ayuntamiento de Villa Alta y la Universidad del Sur firmaron un convenio. Lo firmó la rectora de la universidad, Ana Torres Vidal, ante la presencia del secretario del Ayuntamiento, Juan Ríos Mena.',
    'es',
    [
      'HOLDS_ROLE Juan Ríos Mena -> Ayuntamiento de Villa Alta',
      'HOLDS_ROLE Ana Torres Vidal -> Universidad del Sur',
    ],
    ['HOLDS_ROLE Ana Torres Vidal -> Ayuntamiento de Villa Alta'],
  ],
  [
    'invented "el teniente de alcalde y concejal de Medio Rural, X": a second post with its area before the name',
    'El Concello de Lalín y la Xunta de Galicia firmaron una adenda. Asistieron el teniente de alcalde y concejal de Medio Rural, Ramón Pazos Nogueira, y representantes de la cooperativa.',
    'es',
    ['HOLDS_ROLE Ramón Pazos Nogueira -> Concello de Lalín'],
    ['HOLDS_ROLE Ramón Pazos Nogueira -> Xunta de Galicia'],
  ],
  [
    'invented "el secretario municipal, abogado X": any post the word "municipal" makes the town\'s',
    'La Municipalidad de Miraflores y la Cámara de Comercio de Lima firmaron un convenio. El secretario municipal, abogado Luis Paredes Soto, actuó como ministro de fe.',
    'es',
    ['HOLDS_ROLE Luis Paredes Soto -> Municipalidad de Miraflores'],
    ['HOLDS_ROLE Luis Paredes Soto -> Cámara de Comercio de Lima'],
  ],
  [
    'invented "la tesorera de la municipalidad, X"',
    'La Municipalidad de Miraflores y la Cámara de Comercio de Lima firmaron un convenio. Asistió la tesorera de la municipalidad, Ana Ruiz Paz.',
    'es',
    ['HOLDS_ROLE Ana Ruiz Paz -> Municipalidad de Miraflores'],
    [],
  ],
  [
    'invented "el secretario de la cámara, X": a post without the word is not the town\'s',
    'La Municipalidad de Miraflores y la Cámara de Comercio de Lima firmaron un convenio. Asistió el secretario de la cámara, Pedro Soto Ruiz.',
    'es',
    ['HOLDS_ROLE Pedro Soto Ruiz -> Cámara de Comercio de Lima'],
    ['HOLDS_ROLE Pedro Soto Ruiz -> Municipalidad de Miraflores'],
  ],
];

describe('extract/local posts (invented)', () => {
  for (const [what, text, lang, must, mustNot] of ROWS) {
    it(`[extract/local-posts] ${what}`, () => {
      const got = facts(extract(text, lang));
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }

  it('[extract/local-posts] a bare "la Municipalidad" on the site of a municipality is that municipality', () => {
    const text =
      'La Municipalidad firmó un convenio con el Instituto Profesional del Sur. El secretario municipal, abogado Luis Paredes Soto, actuó como ministro de fe.';
    const got = facts(extract(text, 'es', { publisher: 'Municipalidad de Villa Rosa' }));
    expect(got).to.include('SIGNED_WITH Municipalidad de Villa Rosa -> Instituto Profesional del Sur');
    expect(got).to.include('HOLDS_ROLE Luis Paredes Soto -> Municipalidad de Villa Rosa');
    // a publisher with another head is no referent
    const other = facts(extract(text, 'es', { publisher: 'Diario del Sur' }));
    expect(other.some((f) => f.includes('Diario del Sur'))).to.equal(false);
  });
});
