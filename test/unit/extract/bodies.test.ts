// Invented table tests for what names a body and who is a party: bodies that back or frame a signing
// sign nothing, capitalised phrases and acronyms that name no body, names that end before a person.
import { expect } from 'chai';
import { extract, facts, names } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, facts or node names that must appear, ones that must not]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'invented body backing a signing before its subject is no party',
    'Con el respaldo técnico del Servicio Geológico Andino, la Municipalidad de Huaraz y la Universidad Santiago Antúnez firmaron un convenio.',
    'es',
    ['SIGNED_WITH Municipalidad de Huaraz -> Universidad Santiago Antúnez'],
    ['PARTY_TO Servicio Geológico Andino -> <agreement>'],
  ],
  [
    'invented body between commas after "con" that backs the signing is no party',
    'La Municipalidad de Huaraz firmó un convenio con la Universidad Santiago Antúnez, con el apoyo del Servicio Geológico Andino, para vigilar los glaciares.',
    'es',
    ['SIGNED_WITH Municipalidad de Huaraz -> Universidad Santiago Antúnez'],
    ['PARTY_TO Servicio Geológico Andino -> <agreement>'],
  ],
  [
    'invented framing phrase that holds the signing still names its parties',
    'En el marco del convenio firmado entre la Municipalidad de Huaraz y la Universidad Santiago Antúnez, se instalaron tres estaciones.',
    'es',
    ['SIGNED_WITH Municipalidad de Huaraz -> Universidad Santiago Antúnez'],
    [],
  ],
  [
    'invented English sponsor before the signers is no party',
    'In a ceremony sponsored by the Coastal Fisheries Trust, the Port Authority of Tema and the University of Cape Coast signed an agreement.',
    'en',
    ['SIGNED_WITH Port Authority of Tema -> University of Cape Coast'],
    ['PARTY_TO Coastal Fisheries Trust -> <agreement>'],
  ],
  [
    'invented acronyms a class noun names are no bodies ("el sector TIC", "la prueba PISA")',
    'Las empresas del sector TIC y la tecnología LTE crecen; la prueba PISA mide lectura. El Ministerio de Energía y la Universidad de Oriente firmaron un acuerdo.',
    'es',
    ['SIGNED_WITH Ministerio de Energía -> Universidad de Oriente'],
    ['Institution TIC', 'Institution LTE', 'Institution PISA'],
  ],
  [
    'invented English acronyms before a class noun are no bodies ("the ICT sector", "the VAT rate")',
    'The ICT sector and LTE networks grew while the VAT rate rose. The Ministry of Energy and the University of Ghana signed an agreement.',
    'en',
    ['SIGNED_WITH Ministry of Energy -> University of Ghana'],
    ['Institution ICT', 'Institution LTE', 'Institution VAT'],
  ],
  [
    'invented company with its legal form after "y" is a second body',
    'La Secretaría de Salud y Farmacéutica Andina S.A. de C.V. firmaron un convenio para producir vacunas.',
    'es',
    [
      'Institution Farmacéutica Andina S.A. de C.V.',
      'SIGNED_WITH Farmacéutica Andina S.A. de C.V. -> Secretaría de Salud',
    ],
    ['Institution Secretaría de Salud y Farmacéutica Andina S.A. de C.V.'],
  ],
  [
    'invented English company with its legal form after "and" is a second body',
    'The Ministry of Health and Acme Pharma Ltd. signed an agreement on vaccines.',
    'en',
    ['SIGNED_WITH Acme Pharma Ltd -> Ministry of Health'],
    ['Institution Ministry of Health and Acme Pharma Ltd'],
  ],
  [
    'invented heading in capitals glued to the first sentence is no party',
    'COMUNICADO CONJUNTO La Municipalidad de Huaraz y la Universidad Santiago Antúnez firmaron un convenio.',
    'es',
    ['SIGNED_WITH Municipalidad de Huaraz -> Universidad Santiago Antúnez'],
    ['Institution COMUNICADO', 'Institution CONJUNTO', 'PARTY_TO COMUNICADO -> <agreement>'],
  ],
  [
    'invented words shouted in capitals are no acronyms; acronyms beside them stay',
    'El SENA y la Municipalidad de Huaraz firmaron un CONVENIO MARCO para EDUCACIÓN RURAL. IMPORTANTE: el ACUERDO rige desde hoy.',
    'es',
    ['Institution SENA', 'SIGNED_WITH Municipalidad de Huaraz -> SENA'],
    [
      'Institution CONVENIO',
      'Institution MARCO',
      'Institution EDUCACIÓN',
      'Institution IMPORTANTE',
      'Institution ACUERDO',
    ],
  ],
  [
    'invented English kicker and shouted agreement title are no bodies',
    'UPDATE: The University of Cape Coast and the Port Authority of Tema signed a MEMORANDUM OF UNDERSTANDING.',
    'en',
    ['SIGNED_WITH University of Cape Coast -> Port Authority of Tema'],
    ['Institution UPDATE', 'Institution MEMORANDUM', 'Institution OF', 'Institution UNDERSTANDING'],
  ],
  [
    'invented office signing the release on its own line is no body; the body beside it stays',
    'La Municipalidad de Río Seco y la Universidad del Litoral firmaron un convenio.\n\nOficina de Comunicación – Concejo Municipal de Río Seco',
    'es',
    [
      'SIGNED_WITH Municipalidad de Río Seco -> Universidad del Litoral',
      'Institution Concejo Municipal de Río Seco',
    ],
    ['Institution Oficina de Comunicación'],
  ],
  [
    'invented English issuing unit on the signature line is no body',
    'The Port Authority of Tema and the University of Cape Coast signed an agreement.\n\nIssued by: Communications Unit, Kowie Valley Municipality',
    'en',
    ['SIGNED_WITH Port Authority of Tema -> University of Cape Coast'],
    ['Institution Communications Unit'],
  ],
  [
    'invented body that reports a signing ("X informó que A y B firmaron") is no party',
    'La Oficina de Prensa del Concejo Municipal de Río Seco informó que la Municipalidad de Río Seco y la Universidad del Litoral firmaron un convenio.',
    'es',
    ['SIGNED_WITH Municipalidad de Río Seco -> Universidad del Litoral'],
    ['PARTY_TO Oficina de Prensa del Concejo Municipal de Río Seco -> <agreement>'],
  ],
  [
    'invented English reporter of a signing is no party',
    'The Ministry of Information said that the Port Authority of Tema and the University of Cape Coast signed an agreement.',
    'en',
    ['SIGNED_WITH Port Authority of Tema -> University of Cape Coast'],
    ['PARTY_TO Ministry of Information -> <agreement>'],
  ],
  [
    'invented relative "que" right before the verb keeps its antecedent as the party',
    'La Universidad del Litoral, que firmó ayer un convenio con la Municipalidad de Río Seco, abrirá una sede.',
    'es',
    ['SIGNED_WITH Universidad del Litoral -> Municipalidad de Río Seco'],
    [],
  ],
  [
    'invented funds as budget lines are no bodies; a fund that is a body by its whole name is',
    'The council will apply under the Coastal Resilience Fund and the Consolidated Revenue Fund. The International Monetary Fund and the Ministry of Finance signed an agreement.',
    'en',
    [
      'Institution International Monetary Fund',
      'SIGNED_WITH International Monetary Fund -> Ministry of Finance',
    ],
    ['Institution Coastal Resilience Fund', 'Institution Consolidated Revenue Fund'],
  ],
  [
    'invented Spanish fund as a budget line and "fondos X" are no bodies',
    'Las obras se pagarán con el Fondo de Desarrollo Vial y con fondos FEDER. El Fondo Monetario Internacional y el Banco Central firmaron un memorando.',
    'es',
    ['Institution Fondo Monetario Internacional'],
    ['Institution Fondo de Desarrollo Vial', 'Institution FEDER'],
  ],
  [
    'invented tax acronyms are no bodies',
    'The GST and the HST stay unchanged, and el IBI rústico baja. The Ministry of Finance and the Revenue Agency of Ontario signed an agreement.',
    'en',
    ['SIGNED_WITH Ministry of Finance -> Revenue Agency of Ontario'],
    ['Institution GST', 'Institution HST', 'Institution IBI'],
  ],
  [
    'invented English posts written as acronyms are no bodies',
    'The forum was opened by the MEC for Education, said MEC Thandi Mokoena. The Minister, Aoife Brennan TD, and John Hall MP attended. The Ministry of Health and UNICEF signed an agreement.',
    'en',
    ['Institution UNICEF', 'SIGNED_WITH Ministry of Health -> UNICEF'],
    ['Institution MEC', 'Institution TD', 'Institution MP'],
  ],
  [
    'invented dateline province in capitals is a place, no acronym',
    'RIBADAVIA (OURENSE), 3 de marzo de 2024. El alcalde firmó un convenio con la Universidad de Vigo.',
    'es',
    ['PARTY_TO Universidad de Vigo -> <agreement>'],
    ['Institution OURENSE', 'PARTY_TO OURENSE -> <agreement>'],
  ],
  [
    'invented company with a capitalised article inside its name before the legal form',
    'La Municipalidad de Río Seco firmó un convenio con la Cooperativa Lechera El Progreso Ltda. para tratar efluentes.',
    'es',
    ['SIGNED_WITH Municipalidad de Río Seco -> Cooperativa Lechera El Progreso Ltda'],
    ['Institution Progreso Ltda', 'Institution Cooperativa Lechera'],
  ],
  [
    'invented firm named by two names joined by "&" is a party',
    'Kowie Valley Council and the family-owned haulier Marsh & Oduya have signed a memorandum of understanding.',
    'en',
    ['SIGNED_WITH Kowie Valley Council -> Marsh & Oduya'],
    [],
  ],
  [
    'invented body named after a person keeps the whole name, given names and title included',
    'La Fundación Rosa Elena Quiroga y la Municipalidad de Río Seco firmaron un convenio. El acto fue en el Hospital Municipal Dr. Tomás Arce Vidal.',
    'es',
    [
      'SIGNED_WITH Fundación Rosa Elena Quiroga -> Municipalidad de Río Seco',
      'Institution Hospital Municipal Dr. Tomás Arce Vidal',
    ],
    ['Institution Fundación Rosa', 'Institution Hospital Municipal Dr.'],
  ],
  [
    'invented title after a name and a comma is the person, not the body',
    'El director del Hospital Regional, Dr. Tomás Arce Vidal, firmó un convenio con el Ministerio de Salud.',
    'es',
    ['Person Tomás Arce Vidal', 'Institution Hospital Regional'],
    ['Institution Hospital Regional Dr. Tomás Arce Vidal'],
  ],
  [
    'invented company after a post only companies have, without head noun or brand mark',
    'La alcaldesa de Río Seco, Marta Gil Soto, y el gerente general de Cordillera Lanera, Felipe Arango Uribe, firmaron un convenio.',
    'es',
    ['Institution Cordillera Lanera', 'HOLDS_ROLE Felipe Arango Uribe -> Cordillera Lanera'],
    [],
  ],
  [
    'invented portfolio after a company post stays a portfolio',
    'La gerente de Recursos Humanos, Ana Ruiz Mora, presentó el informe.',
    'es',
    ['Person Ana Ruiz Mora'],
    ['Institution Recursos Humanos'],
  ],
  [
    'invented body after a town and "y la" is a second body',
    'La Municipalidad de Ocotepeque y la Sede Regional Lempa de la Universidad del Valle firmaron un convenio.',
    'es',
    ['Institution Municipalidad de Ocotepeque'],
    ['Institution Municipalidad de Ocotepeque y la Sede Regional Lempa'],
  ],
  [
    'invented office named by a post stops before the titled holder',
    'Asistió el Fiscal General de Oaxaca, Dr. Tomás Vega Luna, a la ceremonia.',
    'es',
    ['HOLDS_ROLE Tomás Vega Luna -> Fiscalía General de Oaxaca'],
    ['Institution Fiscalía General de Oaxaca, Dr. Tomás Vega Luna'],
  ],
  [
    'invented weekday after a dateline-like opening is no place',
    'Tuesday, March 3, 2026 — The Ministry of Energy and the University of Ghana signed an agreement.',
    'en',
    ['SIGNED_WITH Ministry of Energy -> University of Ghana'],
    ['Place Tuesday'],
  ],
  [
    'invented English body named after a person, the whole name before its head',
    'The Grace Mokoena District Municipality and the Coastal Water Board signed an agreement on Monday.',
    'en',
    ['SIGNED_WITH Grace Mokoena District Municipality -> Coastal Water Board'],
    ['Institution Mokoena District Municipality'],
  ],
  [
    'invented English councillors: "Cllr" and "Councillor" are courtesy titles, the post is the one named',
    'She was joined by the Mayor of Kowie Local Municipality, Cllr Thabo Nkosi, and Councillor Mary Byrne, Cathaoirleach of Clare County Council.',
    'en',
    [
      'HOLDS_ROLE Thabo Nkosi -> Kowie Local Municipality',
      'HOLDS_ROLE Mary Byrne -> Clare County Council',
      'Person Thabo Nkosi',
    ],
    ['Person Cllr Thabo Nkosi'],
  ],
  [
    'invented English county post before a name is no body',
    'The agreement was witnessed by Linn County Supervisor Dale Brekke.',
    'en',
    ['Person Dale Brekke'],
    ['Institution County Supervisor', 'Institution Linn County Supervisor'],
  ],
  [
    'invented body named again before a post and a name: the body, never a person',
    'The Lakeshore Heritage Land Trust and the county signed a conservation agreement. Lakeshore Heritage Land Trust Executive Director Maya Collins said the land would stay open.',
    'en',
    ['HOLDS_ROLE Maya Collins -> Lakeshore Heritage Land Trust'],
    ['Person Lakeshore Heritage Land', 'Person Lakeshore Heritage Land Trust'],
  ],
  [
    'invented "and" after a person\'s name joins no owner to a body',
    'County Manager Lena Fischer and Clearwater Valley Land Trust Director Omar Haddad signed the agreement.',
    'en',
    ['Institution Clearwater Valley Land Trust', 'HOLDS_ROLE Omar Haddad -> Clearwater Valley Land Trust'],
    ['Institution Fischer and Clearwater Valley Land Trust'],
  ],
  [
    "invented acronym of the university inside a faculty's name: the faculty is the party",
    'El Ministerio de Salud de Corrientes y la Facultad de Medicina de la Universidad Nacional del Nordeste (UNNE) firmaron un convenio.',
    'es',
    [
      'SIGNED_WITH Ministerio de Salud de Corrientes -> Facultad de Medicina de la Universidad Nacional del Nordeste',
    ],
    ['PARTY_TO Universidad Nacional del Nordeste -> <agreement>'],
  ],
  [
    'invented English "X Service" and "X Network" are bodies',
    'The Coastal Forest Service signed an agreement with the Upland Farmers Network on trail repairs.',
    'en',
    ['SIGNED_WITH Coastal Forest Service -> Upland Farmers Network'],
    [],
  ],
  [
    'invented head that holds its own "de" ("Cámara de Comercio") coordinates inside its name',
    'La Alcaldía de Tunja firmó un convenio con la Cámara de Comercio e Industria de Boyacá.',
    'es',
    ['Institution Cámara de Comercio e Industria de Boyacá'],
    ['Institution Cámara de Comercio'],
  ],
  [
    'invented plural verb after "X de A y B": two bodies',
    'El Ministerio de Salud y Cervecería Andina firmaron un convenio de donación.',
    'es',
    ['SIGNED_WITH Ministerio de Salud -> Cervecería Andina'],
    ['Institution Ministerio de Salud y Cervecería Andina'],
  ],
];

describe('extract/bodies and parties (invented)', () => {
  for (const [what, text, lang, present, absent] of ROWS) {
    it(`[extract/bodies] ${what}`, () => {
      const x = extract(text, lang);
      const got = [
        ...facts(x),
        ...['Person', 'Institution', 'Place', 'Event'].flatMap((l) => names(x, l).map((n) => `${l} ${n}`)),
      ];
      for (const p of present) expect(got, text).to.include(p);
      for (const a of absent) expect(got, text).not.to.include(a);
    });
  }
});
