// Invented table tests for general rules: wire datelines, English post titles, events after "during the",
// dependent bodies, coordinated signers with their own institutions, generic "<post> de <Area>" titles.
import { expect } from 'chai';
import { extract, facts, names } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, facts or node names that must appear, ones that must not]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'invented English wire dateline in capitals: a place, never a party',
    'LIMA, March 4, 2020 — The Pan American Health Organization (PAHO) and the National Institute of Health (NIH) signed an agreement to share laboratory data.',
    'en',
    ['Place Lima', 'PARTY_TO Pan American Health Organization -> <agreement>'],
    ['Institution LIMA', 'Place March', 'PARTY_TO LIMA -> <agreement>', 'Place June'],
  ],
  [
    'invented English dateline with a month that is also a name',
    'CARACAS, June 12, 2018 — The Andean Development Corporation (CAF) and the Ministry of Health signed an agreement.',
    'en',
    ['Place Caracas'],
    ['Place June', 'Institution CARACAS', 'Person June'],
  ],
  [
    'invented Spanish wire dateline in capitals',
    'CUENCA, 3 de mayo de 2021 – La Universidad del Azuay y el Instituto Nacional de Patrimonio firmaron un convenio de cooperación.',
    'es',
    ['Place Cuenca', 'PARTY_TO Universidad del Azuay -> <agreement>'],
    ['Institution CUENCA', 'Place Mayo'],
  ],
  [
    'invented dateline with a dash and no date',
    'BOGOTÁ — The World Bank and the Government of Colombia signed a loan agreement for rural roads.',
    'en',
    ['Place Bogotá', 'SIGNED_WITH World Bank -> Government of Colombia'],
    ['Institution BOGOTÁ', 'PARTY_TO BOGOTÁ -> <agreement>'],
  ],
  [
    'invented dependent body after ", del": PART_OF, not a party',
    'La Fundación Océano Azul, del Ministerio de Agricultura, Pesca y Alimentación (MAPA), y la Universidad de Vigo han firmado un acuerdo de colaboración.',
    'es',
    [
      'PART_OF Fundación Océano Azul -> Ministerio de Agricultura, Pesca y Alimentación',
      'PARTY_TO Fundación Océano Azul -> <agreement>',
      'PARTY_TO Universidad de Vigo -> <agreement>',
    ],
    [
      'PARTY_TO Ministerio de Agricultura, Pesca y Alimentación -> <agreement>',
      'SIGNED_WITH Fundación Océano Azul -> Ministerio de Agricultura, Pesca y Alimentación',
    ],
  ],
  [
    'invented "dependiente de" apposition',
    'El Observatorio Astronómico de Yebes, dependiente del Instituto Geográfico Nacional, firmó un convenio con el Museo Nacional de Ciencias Naturales.',
    'es',
    [
      'PART_OF Observatorio Astronómico de Yebes -> Instituto Geográfico Nacional',
      'SIGNED_WITH Observatorio Astronómico de Yebes -> Museo Nacional de Ciencias Naturales',
    ],
    ['PARTY_TO Instituto Geográfico Nacional -> <agreement>'],
  ],
  [
    'invented research station headed by "Estación", "centro del" parent',
    'Los datos proceden de la Estación Biológica de Mallorca, centro del CSIC en Palma, desde 2012.',
    'es',
    ['Institution Estación Biológica de Mallorca', 'PART_OF Estación Biológica de Mallorca -> CSIC'],
    [],
  ],
  [
    'invented list of institutions after "del ..., del ... y de": no PART_OF',
    'El convenio fue firmado por representantes del Instituto Nacional de Pediatría, del Instituto Nacional de Cancerología y de la Cruz Roja.',
    'es',
    [],
    [
      'PART_OF Instituto Nacional de Pediatría -> Instituto Nacional de Cancerología',
      'PART_OF Instituto Nacional de Cancerología -> Cruz Roja',
    ],
  ],
  [
    'invented coordinated signers, each role bound to its own institution, witness governed by the cue',
    'El Instituto Español de Oceanografía y la Fundación Mar Abierto han firmado un acuerdo de colaboración. El director del Instituto Español de Oceanografía, Tomás Vera Gil, y la presidenta de la Fundación Mar Abierto, Lucía Campos Rey, rubricaron el documento en la sede del instituto, en presencia de la secretaria de Estado de Ciencia, Marta Llorente Sanz, que actuó como testigo de honor.',
    'es',
    [
      'HOLDS_ROLE Tomás Vera Gil -> Instituto Español de Oceanografía',
      'HOLDS_ROLE Lucía Campos Rey -> Fundación Mar Abierto',
      'SIGNED Tomás Vera Gil -> <agreement>',
      'SIGNED Lucía Campos Rey -> <agreement>',
      'WITNESSED_BY <agreement> -> Marta Llorente Sanz',
    ],
    [
      'HOLDS_ROLE Lucía Campos Rey -> Instituto Español de Oceanografía',
      'WITNESSED_BY <agreement> -> Lucía Campos Rey',
      'SIGNED Marta Llorente Sanz -> <agreement>',
    ],
  ],
  [
    'invented English "in the presence of" witness after the signers',
    'The University of Lima and the National Water Authority signed an agreement. Rector Pablo Ortiz Rojas and Director Inés Salas Vega signed it in the presence of Carmen Flores Díaz.',
    'en',
    ['WITNESSED_BY <agreement> -> Carmen Flores Díaz'],
    ['WITNESSED_BY <agreement> -> Inés Salas Vega', 'WITNESSED_BY <agreement> -> Pablo Ortiz Rojas'],
  ],
  [
    'invented English pre-nominal post after an acronym: HOLDS_ROLE, never an event',
    'The World Food Programme (WFP) and the National Disaster Agency (NDA) signed an agreement on school meals. WFP Mission Director Ana Soto Vela and NDA Director Luis Paz Mora signed the agreement.',
    'en',
    [
      'HOLDS_ROLE Ana Soto Vela -> World Food Programme',
      'HOLDS_ROLE Luis Paz Mora -> National Disaster Agency',
      'SIGNED Ana Soto Vela -> <agreement>',
    ],
    ['Event Mission Director', 'Event Mission'],
  ],
  [
    'invented English event headed by a non-lexicon noun after "during the"',
    'The World Food Programme and the National Disaster Agency signed an agreement. The signing took place during the Andean Platform for Food Security, which gathered ministers from the region.',
    'en',
    ['Event Andean Platform for Food Security', 'HELD_AT <agreement> -> Andean Platform for Food Security'],
    [],
  ],
  [
    'invented Spanish event after "durante la", plans and administrations are no events',
    'La Universidad de Cuenca y el Instituto de Riego firmaron un convenio. La firma se realizó durante la Semana Andina del Agua, que reunió a expertos. Durante la Administración Federal anterior no hubo avances; en el marco de la Estrategia Nacional de Riego se trabajará, como en el marco del Tratado de Libre Comercio.',
    'es',
    ['Event Semana Andina del Agua', 'HELD_AT <agreement> -> Semana Andina del Agua'],
    ['Event Administración Federal', 'Event Estrategia Nacional de Riego', 'Event Tratado de Libre Comercio'],
  ],
  [
    'invented lower-case tail the document writes capitalised elsewhere joins the name',
    'La Comisión Técnica del Consejo de Rectores de Universidades presentó su informe. El acto se realizó en el Auditorio del Consejo de Rectores de universidades.',
    'es',
    ['Place Auditorio del Consejo de Rectores de universidades'],
    ['Place Auditorio del Consejo de Rectores'],
  ],
  [
    'invented lower-case tail with no longer name elsewhere stays out',
    'El acto se realizó en el Auditorio del Consejo de Rectores de universidades.',
    'es',
    ['Place Auditorio del Consejo de Rectores'],
    ['Place Auditorio del Consejo de Rectores de universidades'],
  ],
  [
    'invented ambiguous gazetteer names: a surname and an adjective are no places',
    'El Gobierno Central y la empresa de Marta Flores Ruiz firmaron un acuerdo. Se entregaron Flores y diplomas en la zona Central del país.',
    'es',
    [],
    ['Place Flores', 'Place Central', 'Place Pará'],
  ],
  [
    'invented ambiguous gazetteer name where a place is expected',
    'La reunión se celebró en Flores, Petén, con productores de la región.',
    'es',
    ['Place Flores'],
    [],
  ],
  [
    'invented witness after "en presencia del" in a passive signing is no signer',
    'La Universidad de Magallanes y el Instituto Antártico firmaron un convenio marco. El convenio fue firmado por el rector de la universidad, Pablo Mena Ruiz, y la directora del Instituto Antártico, Rosa Vidal Soto, en presencia del ministro de Ciencia, Diego Lagos Paz.',
    'es',
    ['SIGNED Pablo Mena Ruiz -> <agreement>', 'WITNESSED_BY <agreement> -> Diego Lagos Paz'],
    ['SIGNED Diego Lagos Paz -> <agreement>'],
  ],
  [
    'invented English names ending in their head keep the acronym defined after them',
    'The Caribbean Development Bank (CDB) and the Jamaican Water Resources Authority (JWRA) signed an agreement. CDB Country Officer Ann Brown Lee signed for the bank.',
    'en',
    [
      'SIGNED_WITH Caribbean Development Bank -> Jamaican Water Resources Authority',
      'HOLDS_ROLE Ann Brown Lee -> Caribbean Development Bank',
    ],
    ['Institution CDB', 'Institution JWRA', 'PARTY_TO CDB -> <agreement>'],
  ],
  [
    'invented dateline city that also names its region is the city',
    'MADRID, 9 de junio de 2022 – La Universidad Politécnica de Madrid y la Fundación Agua Viva firmaron un convenio de colaboración.',
    'es',
    ['Place Madrid'],
    ['Place Comunidad de Madrid', 'Institution MADRID'],
  ],
  [
    'invented post whose area list ends in lower case derives no cut-off office',
    'Estuvieron presentes la ministra de Turismo, Cultura y patrimonio, Sara Gil Peña, y el rector de la Universidad de Salta, Juan Mora Díaz.',
    'es',
    ['HOLDS_ROLE Juan Mora Díaz -> Universidad de Salta'],
    [
      'Institution Ministerio de Turismo, Cultura',
      'HOLDS_ROLE Sara Gil Peña -> Ministerio de Turismo, Cultura',
    ],
  ],
  [
    'invented Spanish dateline in capitals closed by ".-" with no date',
    'SAN SALVADOR.- El Ministerio de Cultura y la Universidad Centroamericana firmaron un acuerdo de cooperación.',
    'es',
    ['Place San Salvador', 'SIGNED_WITH Ministerio de Cultura -> Universidad Centroamericana'],
    ['Institution SAN', 'Institution SALVADOR', 'PARTY_TO SALVADOR -> <agreement>'],
  ],
  [
    'invented English wire dateline with an abbreviated month and a newswire tag',
    'BOSTON, Sept. 14, 2021 /PRNewswire/ -- The Ford Foundation and the National Science Foundation signed an agreement.',
    'en',
    ['Place Boston', 'SIGNED_WITH Ford Foundation -> National Science Foundation'],
    ['Institution BOSTON', 'PARTY_TO BOSTON -> <agreement>'],
  ],
  [
    'invented list of three "<post> de <Inst>, <Person>" pairs: each post to its own person',
    'La Universidad de Almería y la Fundación Cajamar firmaron ayer un convenio. El rector de la Universidad de Almería, Carmelo Ruiz Soto, el presidente de la Fundación Cajamar, Luis Vela Mora, y la directora del Instituto Andaluz de Geofísica, Rosa Gil Mena, suscribieron el documento.',
    'es',
    [
      'HOLDS_ROLE Carmelo Ruiz Soto -> Universidad de Almería',
      'HOLDS_ROLE Luis Vela Mora -> Fundación Cajamar',
      'HOLDS_ROLE Rosa Gil Mena -> Instituto Andaluz de Geofísica',
      'SIGNED Luis Vela Mora -> <agreement>',
    ],
    ['HOLDS_ROLE Carmelo Ruiz Soto -> Fundación Cajamar'],
  ],
  [
    "invented post after a name with no post of its own stays that name's apposition",
    'Carmen Ortiz Vera, jefa de misión de la Organización Internacional para las Migraciones (OIM), Tomás Rey Gil y otros invitados asistieron.',
    'es',
    ['HOLDS_ROLE Carmen Ortiz Vera -> Organización Internacional para las Migraciones'],
    ['HOLDS_ROLE Tomás Rey Gil -> Organización Internacional para las Migraciones'],
  ],
  [
    'invented "organismo descentralizado del" apposition after an acronym: PART_OF, not a party',
    'El Instituto Nacional de Semillas (INASE), organismo descentralizado del Ministerio de Producción, y la Universidad de Cuyo firmaron un convenio.',
    'es',
    [
      'PART_OF Instituto Nacional de Semillas -> Ministerio de Producción',
      'SIGNED_WITH Instituto Nacional de Semillas -> Universidad de Cuyo',
    ],
    ['PARTY_TO Ministerio de Producción -> <agreement>'],
  ],
  [
    'invented "adscrito al" and "órgano desconcentrado de" appositions',
    'La Comisión Estatal del Agua, órgano desconcentrado de la Secretaría de Obras Públicas, presentó el plan. El Centro de Estudios Costeros, adscrito al Consejo Nacional de Ciencia, lo revisó.',
    'es',
    [
      'PART_OF Comisión Estatal del Agua -> Secretaría de Obras Públicas',
      'PART_OF Centro de Estudios Costeros -> Consejo Nacional de Ciencia',
    ],
    [],
  ],
  [
    'invented English foundation named after a person is an institution, not a person',
    'The Gabriel Lima Foundation and the Ministry of Culture signed an agreement. The Carter Center attended, as did Maria Lopez Vega.',
    'en',
    [
      'Institution Gabriel Lima Foundation',
      'SIGNED_WITH Gabriel Lima Foundation -> Ministry of Culture',
      'Person Maria Lopez Vega',
    ],
    ['Person Gabriel Lima', 'Person Carter Center', 'Person Gabriel Lima Foundation'],
  ],
  [
    'invented periods, holidays and governments after "during the" are no events',
    'During the Obama Presidency, the university grew. During the Christmas Holidays the office closed. During the Second World War, the city was bombed. During the Macri Administration, the Ministry of Health and the University of Cordoba signed an agreement.',
    'en',
    ['SIGNED_WITH Ministry of Health -> University of Cordoba'],
    [
      'Event Obama Presidency',
      'Event Christmas Holidays',
      'Event Second World War',
      'Event Macri Administration',
      'HELD_AT <agreement> -> Macri Administration',
    ],
  ],
  [
    'invented wire dateline with an agency in parentheses',
    'VIENNA (AP) — The International Atomic Energy Agency and the Government of Uruguay signed an agreement.',
    'en',
    ['Place Vienna', 'SIGNED_WITH International Atomic Energy Agency -> Government of Uruguay'],
    ['Institution VIENNA', 'PARTY_TO VIENNA -> <agreement>', 'Institution AP', 'PARTY_TO AP -> <agreement>'],
  ],
  [
    'invented "with logistics technology firm Quaylink": a company after what it does is a party',
    'The Port Authority signed a memorandum of understanding with Singapore-based logistics technology firm Quaylink on Monday.',
    'en',
    ['Institution Quaylink', 'SIGNED_WITH Port Authority -> Quaylink'],
    [],
  ],
  [
    'invented "con la empresa tecnológica Globant": an adjective between the noun and the company',
    'El SENA firmó un convenio con la empresa tecnológica Globant para certificar a expertos.',
    'es',
    ['Institution Globant', 'SIGNED_WITH SENA -> Globant'],
    [],
  ],
  [
    'invented lone name that signs "with" a body: "Quaylink signed ... with the Port Authority"',
    'Quaylink signed a memorandum of understanding with the Port Authority on Monday.',
    'en',
    ['Institution Quaylink', 'SIGNED_WITH Quaylink -> Port Authority'],
    [],
  ],
  [
    'invented lone surname or adverb before "firmó ... con": no body',
    'Martínez firmó un convenio con el SENA. Finalmente firmaron otro convenio con el SENA.',
    'es',
    [],
    ['Institution Martínez', 'Institution Finalmente'],
  ],
  [
    'invented "el presidente del Grupo Éxito, X": a weak head after a post names a body',
    'La Fundación Sol firmó un convenio. Habló el presidente del Grupo Éxito, Carlos Mario Giraldo.',
    'es',
    ['Institution Grupo Éxito', 'HOLDS_ROLE Carlos Mario Giraldo -> Grupo Éxito'],
    [],
  ],
  [
    'invented "el coordinador del Plan Nacional de Lectura": a plan is no body, even after a post',
    'La Fundación Sol firmó un convenio. Habló el coordinador del Plan Nacional de Lectura, Carlos Ruiz.',
    'es',
    [],
    ['Institution Plan Nacional de Lectura'],
  ],
  [
    'invented "La Red Ciudadana y la Mancomunidad ... firmaron": the opening article is no part of the name',
    'La Red Ciudadana y la Mancomunidad de Municipios de Los Altos firmaron un convenio.',
    'es',
    ['SIGNED_WITH Mancomunidad de Municipios de Los Altos -> Red Ciudadana'],
    ['Institution La Red Ciudadana'],
  ],
  [
    'invented attribution line without a final stop, with a paragraph after it',
    'La Fundación Sol firmó un convenio.\n\n“Es un gran paso para todos.”\n\n— Julio Herrera, Director Ejecutivo de Red Ciudadana\n\nOtra cosa.',
    'es',
    ['HOLDS_ROLE Julio Herrera -> Red Ciudadana'],
    [],
  ],
  [
    'invented Irish names ("Seán Ó Briain", "Mary Ní Bhriain") and a company by its trade word ("Apex Labs")',
    'The letter of intent was signed by the Chief Executive of Cork County Council, Seán Ó Briain, and Apex Labs CEO Mary Ní Bhriain.',
    'en',
    [
      'HOLDS_ROLE Seán Ó Briain -> Cork County Council',
      'HOLDS_ROLE Mary Ní Bhriain -> Apex Labs',
      'SIGNED_WITH Cork County Council -> Apex Labs',
    ],
    ['Person Ó Briain'],
  ],
  [
    'invented trade word after a connector: "Department of Information Systems" stays the department',
    'The Department of Information Systems opened a laboratory.',
    'en',
    ['Institution Department of Information Systems'],
    ['Institution Information Systems'],
  ],
  [
    'invented title-case acronym spelling a named body by syllables ("Catunic"), and one in capitals ("SENAF")',
    'La Cámara de Turismo de Nicoya y la Secretaría Nacional de Niñez, Adolescencia y Familia firmaron un convenio. Habló el presidente de Catunic, Geovanny Matarrita Gutiérrez. La titular de la SENAF, Ana Ruiz Paz, destacó el acuerdo.',
    'es',
    [
      'HOLDS_ROLE Geovanny Matarrita Gutiérrez -> Cámara de Turismo de Nicoya',
      'HOLDS_ROLE Ana Ruiz Paz -> Secretaría Nacional de Niñez, Adolescencia y Familia',
    ],
    ['Institution Catunic', 'Institution SENAF'],
  ],
  [
    'invented word the tagger knows is no acronym of a named body ("Fiscal")',
    'La Fiscalía Especializada en Delitos Electorales firmó un convenio. El Fiscal, Carlos Ruiz Paz, lo presentó.',
    'es',
    [],
    ['Institution Fiscal'],
  ],
  [
    'invented name after the signing\'s "con"/"with" that the tagger has never seen is the other party',
    'La Secretaría de Salud firmó un convenio con Unicef para vacunar a los niños.',
    'es',
    ['SIGNED_WITH Secretaría de Salud -> Unicef'],
    [],
  ],
  [
    'invented "signed a memorandum of understanding with Novartis" (English)',
    'The Ministry of Health signed a memorandum of understanding with Novartis to supply vaccines.',
    'en',
    ['SIGNED_WITH Ministry of Health -> Novartis'],
    [],
  ],
  [
    'invented person after "con" is no party',
    'La Secretaría de Salud firmó un convenio con Juan Pérez y con Kenia.',
    'es',
    ['Person Juan Pérez'],
    ['Institution Juan Pérez', 'Institution Kenia'],
  ],
  [
    'invented "en el Salón Los Notros": a capitalised article opens a venue\'s own name',
    'La Municipalidad de Villa Rosa y el Instituto Sol firmaron un convenio en el Salón Los Notros.',
    'es',
    ['Place Salón Los Notros', 'HELD_AT <agreement> -> Salón Los Notros'],
    [],
  ],
  [
    'invented "signed ... at TradeTech Asia 2025, held at X": a name with its edition\'s year after "at" is an event',
    'Singapore, 3 March 2025 - The Port Authority and Quaylink signed a memorandum of understanding at TradeTech Asia 2025, held at the Sands Expo and Convention Centre.',
    'en',
    [
      'Event TradeTech Asia 2025',
      'HELD_AT <agreement> -> TradeTech Asia 2025',
      'HELD_AT TradeTech Asia 2025 -> Sands Expo and Convention Centre',
    ],
    [],
  ],
  [
    'invented "at Northfield University" is no event: no year closes the name',
    'The Port Authority and Quaylink signed a memorandum of understanding at Northfield University.',
    'en',
    [],
    ['Event Northfield University'],
  ],
  [
    'invented "durante la sesión inaugural del III Foro": signed during a part of the event',
    'La Universidad del Sur y la Fundación Sol firmaron el convenio durante la sesión inaugural del III Foro de Turismo Rural.',
    'es',
    ['HELD_AT <agreement> -> III Foro de Turismo Rural'],
    [],
  ],
  [
    'invented "para premiar a los ganadores del III Foro": no cue, no setting',
    'La Universidad del Sur y la Fundación Sol firmaron el convenio para premiar a los ganadores del III Foro de Turismo Rural.',
    'es',
    [],
    ['HELD_AT <agreement> -> III Foro de Turismo Rural'],
  ],
  [
    'invented names no lexicon knows in a witnessing slot: "Wiremu Tamatea and Ngaio Hēnare witnessed the signing"',
    'Gisborne District Council and the Waipaoa Trust signed the agreement on Thursday. Wiremu Tamatea and Ngaio Hēnare witnessed the signing.',
    'en',
    ['WITNESSED_BY <agreement> -> Wiremu Tamatea', 'WITNESSED_BY <agreement> -> Ngaio Hēnare'],
    [],
  ],
  [
    'invented name no lexicon knows after "signed by": "It was signed by Ahmad Fauzi bin Ismail"',
    'The Johor Digital Economy Corporation signed an MOU with the Port Authority. It was signed by Ahmad Fauzi bin Ismail.',
    'en',
    ['SIGNED Ahmad Fauzi bin Ismail -> <agreement>'],
    [],
  ],
  [
    'invented body after "firmado por" stays a body',
    'El acuerdo fue firmado por la Universidad del Sur y la Cámara de Comercio de Tarija.',
    'es',
    ['SIGNED_WITH Universidad del Sur -> Cámara de Comercio de Tarija'],
    ['Person Universidad del Sur'],
  ],
  [
    'invented company named again without its company word: "Orbis Pharma Corporation" ... "Orbis Pharma CEO X"',
    'Orbis Pharma Corporation and the Ministry of Health signed an agreement. It was signed by Orbis Pharma Chief Executive Officer Dana Kim.',
    'en',
    ['HOLDS_ROLE Dana Kim -> Orbis Pharma Corporation'],
    ['Institution Orbis Pharma'],
  ],
  [
    'invented "firmaron un convenio en la Expo Comercio Andina 2024": the edition\'s year and the event where it was signed',
    'Lima, 3 de marzo de 2025. La Cámara de Comercio de Lima y la Fundación Sol firmaron un convenio en la Expo Comercio Andina 2024.',
    'es',
    ['Event Expo Comercio Andina 2024', 'HELD_AT <agreement> -> Expo Comercio Andina 2024'],
    [],
  ],
  [
    'invented "firmaron un convenio para participar en la Expo ...": a purpose, not where it was signed',
    'Lima, 3 de marzo de 2025. La Cámara de Comercio de Lima y la Fundación Sol firmaron un convenio para participar en la Expo Comercio Andina 2024.',
    'es',
    [],
    ['HELD_AT <agreement> -> Expo Comercio Andina 2024'],
  ],
  [
    'invented "Mayo County Council": a Spanish month is a name in English ("Mayo", the Irish county)',
    'Mayo County Council signed a letter of intent with Northfield University.',
    'en',
    ['Institution Mayo County Council', 'SIGNED_WITH Mayo County Council -> Northfield University'],
    ['Institution County Council'],
  ],
  [
    'invented "la Fundación Sol en la Plaza de Armas": a venue after "en la" ends the name',
    'La Universidad del Sur firmó un convenio con la Fundación Sol en la Plaza de Armas.',
    'es',
    ['Institution Fundación Sol', 'SIGNED_WITH Universidad del Sur -> Fundación Sol'],
    ['Institution Fundación Sol en la Plaza de Armas'],
  ],
  [
    'invented Spanish wire dateline with the agency in parentheses: no body "EFE"',
    'MADRID (EFE).- La Universidad Complutense y la Fundación Sol firmaron un convenio.',
    'es',
    ['Place Madrid', 'SIGNED_WITH Universidad Complutense -> Fundación Sol'],
    ['Institution EFE', 'PARTY_TO EFE -> <agreement>'],
  ],
  [
    'invented English dateline with an abbreviated state: no place named "Fla"',
    'MIAMI, Fla., June 8, 2021 — The Florida International University and the Government of Honduras signed an agreement.',
    'en',
    ['Place Miami'],
    ['Place Fla', 'Place June', 'Institution MIAMI'],
  ],
  [
    'invented post whose institution goes on in lower case before the name',
    'La Secretaría y la Procuraduría Federal de Protección de Niñas, Niños y Adolescentes firmaron un convenio. Expuso la procuradora federal de Protección de niñas, niños y adolescentes, Julia Ríos Peña; y el rector Luis Mora Gil.',
    'es',
    ['HOLDS_ROLE Julia Ríos Peña -> Procuraduría Federal de Protección de Niñas, Niños y Adolescentes'],
    [],
  ],
  [
    'invented English denial with "yet been": no signing, no signer',
    'The agreement between the City of Riverton and the Harbour Institute has not yet been signed, Mayor Ana Cole said on Monday.',
    'en',
    [],
    ['SIGNED Ana Cole -> <agreement>', 'PARTY_TO City of Riverton -> <agreement>'],
  ],
];

function everything(text: string, lang: Lang): string[] {
  const x = extract(text, lang);
  const labels = ['Person', 'Institution', 'Place', 'Event'];
  return [...labels.flatMap((l) => names(x, l).map((n) => `${l} ${n}`)), ...facts(x)];
}

describe('extract/general rules (invented)', () => {
  for (const [what, text, lang, present, absent] of ROWS) {
    it(`[extract/general] ${what}`, () => {
      const got = everything(text, lang);
      expect(got).to.include.members(present);
      for (const a of absent) expect(got).not.to.include(a);
    });
  }
});

/** [what, text, "Person -> Institution: role as written"]: posts read generally, not from a list of full titles. */
const ROLE_ROWS: [string, string, string][] = [
  [
    'invented post head with its area before the ministry',
    'El Viceministro de Gestión Marítima del Ministerio de Transporte, Raúl Ibarra Coto, inauguró la sala.',
    'Raúl Ibarra Coto -> Ministerio de Transporte: Viceministro de Gestión Marítima',
  ],
  [
    'invented director of an area before the institute',
    'La Directora de Investigación Pesquera del Instituto Nacional de Pesca, Ana Ruiz Mora, presentó el informe.',
    'Ana Ruiz Mora -> Instituto Nacional de Pesca: Directora de Investigación Pesquera',
  ],
  [
    'invented minister of an area that names its ministry',
    'El ministro de Agricultura y Ganadería, Pedro Gil Soto, visitó la feria.',
    'Pedro Gil Soto -> Ministerio de Agricultura y Ganadería: ministro de Agricultura y Ganadería',
  ],
];

describe('extract/general posts (invented)', () => {
  for (const [what, text, expected] of ROLE_ROWS) {
    it(`[extract/general] ${what}`, () => {
      const x = extract(text);
      const name = (id: string) => x.nodes.find((n) => n.id === id)?.name ?? id;
      const got = x.relationships
        .filter((r) => r.type === 'HOLDS_ROLE')
        .map((r) => `${name(r.from)} -> ${name(r.to)}: ${String(r.properties.role)}`);
      expect(got).to.include(expected);
    });
  }
});
