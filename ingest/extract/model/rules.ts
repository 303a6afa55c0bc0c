// The extraction rules as data: each has a unique `reason` (copied onto every relation it makes) and
// an example phrase. Functions in steps/ look rules up by reason, so renaming one is a one-line change.

export interface Rule {
  reason: string;
  example: string;
}

const rule = (reason: string, example: string): Rule => ({ reason, example });

export const RULES = {
  roleBeforeName: rule(
    'role-before-name',
    'el Director General del IMSS, Doctor José Antonio González Anaya',
  ),
  roleAfterName: rule('role-after-name', 'Israel Durán Natera, director del IMJUVER'),
  orgTitleName: rule('org-title-name', 'NASA Administrator Bill Nelson'),
  postHeadsOffice: rule(
    'post-heads-named-office',
    'la delegada presidencial provincial de Cordillera, Marta Soto (with the Delegación Presidencial Provincial de Cordillera named)',
  ),
  nameOfInstitution: rule(
    'name-of-institution',
    'José Antonio González Anaya del Instituto Mexicano del Seguro Social',
  ),
  respectively: rule(
    'posts-respectively',
    'firmado por Ana Torres y Luis Paz, rectora y presidente de la universidad y de la cámara, respectivamente',
  ),
  onBehalfOf: rule('on-behalf-of', 'Omar Paganini signed the Artemis Accords on behalf of Uruguay'),
  governorOfState: rule('governor-of-state', 'el Gobernador del estado de Chihuahua, César Duarte Jáquez'),
  signerRepresentsParty: rule(
    'signer-represents-party',
    'firmó María Santana, representante legal; además de Durán Natera',
  ),
  subjectSigns: rule('subject-of-signing-verb', 'El IMSS y el ISSS suscribieron un acuerdo'),
  signsWith: rule('signs-with-con', 'el IMSS firmó un convenio con el Gobierno de Chiapas'),
  agentBodies: rule(
    'bodies-agent-of-passive-signing',
    'el convenio fue suscrito por la Universidad del Sur y la Cámara de Comercio de Tarija',
  ),
  signingBetween: rule(
    'signing-between-parties',
    'la firma del convenio marco entre el Ministerio y la Secretaría',
  ),
  signerRole: rule('signer-affiliation-is-party', 'el convenio fue firmado por el director de la facultad'),
  statePartyOnBehalf: rule('country-signs-on-behalf', 'signed the Artemis Accords on behalf of Uruguay'),
  signedWithPair: rule('parties-of-one-agreement', 'both parties of the same agreement'),
  personSigns: rule('person-subject-of-signing', 'el Director General y el titular firmaron el convenio'),
  personSignsPassive: rule(
    'person-agent-of-passive-signing',
    'el convenio fue firmado por el Dr. José Ángel Delgado',
  ),
  headedSigning: rule('headed-the-signing', 'encabezaron la firma de tres convenios'),
  witness: rule('witness-cue', 'Jaime Alfredo Miranda Flamenco, testigo de honor de la firma'),
  heldDuringEvent: rule('signed-during-event', 'El acuerdo fue firmado durante la XXVII Asamblea General'),
  heldAtPlace: rule('signed-at-place', 'El acto, celebrado en la Casa de Gobierno, fue encabezado por'),
  heldAtDateline: rule('dateline-place', 'Chihuahua, Chihuahua, a 24 de julio de 2015.'),
  heldThere: rule('signed-there-at-event', 'Allí se celebró la firma del convenio'),
  eventAtPlace: rule('event-held-in-place', 'que se llevó a cabo en el Auditorio'),
  eventAtSentenceVenue: rule(
    'event-at-venue-of-its-sentence',
    'Los vecinos llegaron al Coliseo Municipal para participar en el Cabildo Abierto',
  ),
  eventAtDateline: rule(
    'event-in-dateline-city',
    'Lima, Perú, 9 de mayo de 2014. ... participó en la X Reunión',
  ),
  cityInCountry: rule('place-comma-place', 'Lima, Perú'),
  venueInCity: rule('venue-in-city', 'NASA Headquarters in Washington'),
  attended: rule('attendance-cue', 'participó en la X Reunión del Mecanismo'),
  subUnit: rule('sub-unit-of', 'Facultad de Ingeniería Civil de la Universidad Autónoma de Coahuila'),
  throughItsUnit: rule(
    'acts-through-its-unit',
    'La Gobernación del Cauca, a través de su Secretaría de Salud, entregó las ambulancias.',
  ),
  dependentBody: rule(
    'dependent-body-apposition',
    'la Fundación Biodiversidad, del Ministerio para la Transición Ecológica (MITECO), y el CSIC',
  ),
  programmeOf: rule('programme-of-prefix', 'IMSS-Oportunidades'),
  areaPost: rule(
    'post-names-area-of-institution',
    'Minister of Economy and Finance Óscar Graham (with the Ministry of Economy and Finance)',
  ),
  localPost: rule('post-of-local-government', 'el intendente de la ciudad, Ramón Mestre'),
  framedPost: rule(
    'post-framed-by-institution',
    'Por parte de la Secretaría asistió el viceministro ..., Marvin Tulio Ordóñez',
  ),
  representedBy: rule(
    'institution-represented-by',
    'UNICEF estuvo representada por su representante, Marta Diez',
  ),
} as const;
