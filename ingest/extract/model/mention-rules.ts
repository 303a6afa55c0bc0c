// The steps that find mentions, as data: each has a unique `reason`, copied onto every mention it finds
// (`mentions[].reason` in the output), an example phrase and the mention the example yields (`expect`),
// which the contract test checks. Steps look their reason up here, so renaming one is a one-line change.
import type { EntityLabel } from '../../../model/graph-schema';

export interface MentionRule {
  reason: string;
  label: EntityLabel;
  example: string;
  /** The text of the mention the example yields with this reason. */
  expect: string;
  lang?: 'en';
}

const rule = (
  reason: string,
  label: EntityLabel,
  example: string,
  expect: string,
  lang?: 'en',
): MentionRule => (lang ? { reason, label, example, expect, lang } : { reason, label, example, expect });

export const MENTION_RULES = {
  institutionName: rule(
    'institution-head-and-complement',
    'Institution',
    'La Secretaría de Salud del Estado abrió la clínica.',
    'Secretaría de Salud del Estado',
  ),
  institutionBareHead: rule(
    'institution-bare-head',
    'Institution',
    'El Instituto Nacional de Pesca abrió un centro. El Instituto contrató biólogos.',
    'Instituto',
  ),
  institutionLowercaseHead: rule(
    'institution-lowercase-head-points-back',
    'Institution',
    'La Facultad de Química abrió un laboratorio; la facultad contrató técnicos.',
    'facultad',
  ),
  institutionOwnerFirst: rule(
    'institution-owner-before-head',
    'Institution',
    'The Barranquilla Chamber of Commerce opened an office.',
    'Barranquilla Chamber of Commerce',
    'en',
  ),
  subUnitShortForm: rule(
    'sub-unit-short-form',
    'Institution',
    'La Facultad de Artes de la Universidad de Cuenca abrió una muestra.',
    'Facultad de Artes',
  ),
  subUnitParentAcronym: rule(
    'sub-unit-parent-acronym',
    'Institution',
    'La Facultad de Derecho de la UNICEN abrió la inscripción.',
    'UNICEN',
  ),
  companyLegalForm: rule(
    'company-legal-form',
    'Institution',
    'La alcaldía contrató a Maderas del Sur S.A. de C.V. para la obra.',
    'Maderas del Sur S.A. de C.V.',
  ),
  companyAmpersand: rule(
    'company-joined-by-ampersand',
    'Institution',
    'El contrato lo ganó Ibarra & Solís con la oferta más baja.',
    'Ibarra & Solís',
  ),
  spelledAcronym: rule(
    'title-case-acronym-spells-named-body',
    'Institution',
    'La Cámara de Turismo de Nicoya organizó el foro. Habló el presidente de Catunic.',
    'Catunic',
  ),
  companyTradeWord: rule(
    'company-trade-word-ends-name',
    'Institution',
    'Apex Labs CEO Mary Ní Bhriain opened the plant.',
    'Apex Labs',
    'en',
  ),
  companyAfterNoun: rule(
    'company-after-company-noun',
    'Institution',
    'Firmó la empresa Nubia Cloud Services.',
    'Nubia Cloud Services',
  ),
  companyList: rule(
    'companies-listed-after-plural-noun',
    'Institution',
    'Se certificaron técnicos de las empresas Orbis, Datalia y Nubia Cloud.',
    'Datalia',
  ),
  acronymDefinition: rule(
    'words-before-their-acronym',
    'Institution',
    'Firmaron Andes Data Group (ADG) y la Universidad de Loja.',
    'Andes Data Group',
  ),
  acronymEvent: rule(
    'acronym-before-event-noun',
    'Event',
    'The ministers met at the Andean Trade Community (ATC) Leaders’ week in Quito.',
    'Andean Trade Community (ATC) Leaders’ week',
    'en',
  ),
  acronymProgramme: rule(
    'acronym-hyphen-programme',
    'Institution',
    'El programa ISSTE-Bienestar atiende a mil familias.',
    'ISSTE-Bienestar',
  ),
  acronymAlone: rule('acronym-alone', 'Institution', 'El ICE y la CNFL firmaron el acta.', 'CNFL'),
  bodyOfPost: rule(
    'body-named-after-post',
    'Institution',
    'Habló Tomás Quiroga, gerente de Telcom 3G Sur, en la apertura.',
    'Telcom 3G Sur',
  ),
  listedParty: rule(
    'party-listed-after-entre',
    'Institution',
    'Se firmó el Memorando de Entendimiento entre la ASETEL, Movitel y Celcom para compartir datos.',
    'Movitel',
  ),
  loneSignerBody: rule(
    'lone-name-signs-with-body',
    'Institution',
    'Quaylink signed a memorandum of understanding with the Port Authority.',
    'Quaylink',
    'en',
  ),
  counterpartAfterCon: rule(
    'counterpart-after-con',
    'Institution',
    'La Secretaría de Salud firmó un convenio con Unicef para vacunar a los niños.',
    'Unicef',
  ),
  signerListItem: rule(
    'party-before-signing-verb',
    'Institution',
    'La ASETEL, Movitel y Rayo Net firmaron el acuerdo.',
    'Rayo Net',
  ),
  knownNameAgain: rule(
    'known-name-written-again',
    'Institution',
    'El Fondo de las Naciones Unidas para la Infancia (UNICEF) abrió una sede. Unicef contrató técnicos.',
    'Unicef',
  ),
  personName: rule(
    'person-name',
    'Person',
    'La rectora, Dra. María Fernanda López de la Torre, habló ayer.',
    'María Fernanda López de la Torre',
  ),
  personShortForm: rule(
    'short-form-of-person',
    'Person',
    'Habló Roberto Salinas Vega. Después, Salinas firmó.',
    'Salinas',
  ),
  postTitleHolder: rule(
    'post-title-points-to-holder',
    'Person',
    'El rector de la Universidad de Loja, Pablo Vera Ruiz, llegó. El rector de la Universidad de Loja firmó.',
    'rector de la Universidad de Loja',
  ),
  gazetteerPlace: rule(
    'gazetteer-place',
    'Place',
    'La feria se hizo en Guatemala con apoyo local.',
    'Guatemala',
  ),
  placeAfterIntro: rule(
    'place-after-municipio-de',
    'Place',
    'Llegaron delegados del municipio de Villa Quemada del Carrizal.',
    'Villa Quemada del Carrizal',
  ),
  placeListMember: rule(
    'place-list-member',
    'Place',
    'La feria reunió productores de Cusco, Quillabamba y Ocobamba.',
    'Ocobamba',
  ),
  placeNamedAgain: rule(
    'place-named-again',
    'Place',
    'Los alcaldes de Yucay, Dulce Nombre de María y Taraco firmaron. El alcalde de Dulce Nombre de María habló.',
    'Dulce Nombre de María',
  ),
  datelineHead: rule(
    'dateline-city-in-capitals',
    'Place',
    'QUITO, June 6, 2019 — The ministers met.',
    'QUITO',
    'en',
  ),
  datelinePlace: rule(
    'place-in-dateline',
    'Place',
    'Villa Tunari, Cochabamba, 3 de marzo de 2019. La reunión terminó.',
    'Villa Tunari',
  ),
  venue: rule(
    'venue-head-and-name',
    'Place',
    'La ceremonia se celebró en el Palacio de Gobierno de Quito.',
    'Palacio de Gobierno de Quito',
  ),
  venueNamedAfter: rule(
    'venue-lowercase-head-and-name',
    'Place',
    'La charla fue en el auditorio Chabuca Granda del campus.',
    'auditorio Chabuca Granda',
  ),
  venueTail: rule(
    'venue-name-and-tail',
    'Place',
    'They met in the Bolívar Hall on Monday.',
    'Bolívar Hall',
    'en',
  ),
  venueHeadquarters: rule(
    'venue-headquarters',
    'Place',
    'They signed the accords at ESA Headquarters in Paris.',
    'ESA Headquarters',
    'en',
  ),
  eventOrdinal: rule(
    'event-ordinal-and-noun',
    'Event',
    'El secretario participó en la III Reunión Regional de Ministros de Salud.',
    'III Reunión Regional de Ministros de Salud',
  ),
  eventNamed: rule(
    'event-noun-and-complement',
    'Event',
    'Los jueces acudieron al Foro de Justicia Abierta el lunes.',
    'Foro de Justicia Abierta',
  ),
  eventOccasion: rule(
    'event-occasion-of-a-name',
    'Event',
    'Los jueces acudieron a la presentación del Plan Integral Norte.',
    'presentación del Plan Integral Norte',
  ),
  eventIntroduced: rule(
    'event-introduced-by-cue',
    'Event',
    'They spoke during the Regional Platform for Disaster Risk Reduction in Geneva.',
    'Regional Platform for Disaster Risk Reduction',
    'en',
  ),
  eventQuoted: rule(
    'event-noun-and-quoted-title',
    'Event',
    'Los alumnos asistieron al taller “Datos Abiertos para Todos” en la sede.',
    'taller “Datos Abiertos para Todos”',
  ),
  eventTitle: rule(
    'event-in-document-title',
    'Event',
    'Reunión con los Municipios del Norte\n\nLos alcaldes hablaron de agua.',
    'Reunión con los Municipios del Norte',
  ),
} as const satisfies Record<string, MentionRule>;
