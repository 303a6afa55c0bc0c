// Every way two nodes can become one entity, with the reason a merge record carries and an example.
// Rules are data so that the CLI can explain any merge and a test can list them.

export const RESOLVE_RULES = {
  'curated-merge': {
    reason: 'listed together in a merge entry of the curated alias file',
    example: 'merge: Seguro de México -> Instituto Mexicano del Seguro Social',
  },
  'person-same-name': {
    reason: 'same full name once accents, case and honorifics are set aside',
    example: 'Dr. José Antonio González Anaya ~ José Antonio Gonzalez Anaya',
  },
  'person-short-form': {
    reason: 'short form: same first given name and surnames in order of exactly one longer name',
    example: 'Leonel Flores ~ Leonel Antonio Flores Sosa',
  },
  'institution-same-name': {
    reason: 'same name once accents, case and articles are set aside',
    example:
      'Conferencia Interamericana de la Seguridad Social ~ Conferencia Interamericana de Seguridad Social',
  },
  'institution-alias': {
    reason: 'name equals an alias of exactly one other institution',
    example: 'Gobierno del Estado de Chiapas ~ Gobierno de Chiapas (alias Gobierno del Estado de Chiapas)',
  },
  'institution-acronym': {
    reason: 'same acronym and no conflicting full names',
    example: 'IMSS ~ Instituto Mexicano del Seguro Social (IMSS)',
  },
  'place-same-name': {
    reason: 'same name, alias or known equivalent and no conflicting kind',
    example: 'Mexico ~ México; EE. UU. ~ Estados Unidos',
  },
  'place-alias': {
    reason: 'name equals an alias of exactly one other place',
    example: 'Rosarito ~ Playas de Rosarito (alias Rosarito)',
  },
  'event-same-name': {
    reason: 'same name once accents, case and articles are set aside',
    example: 'XXVII asamblea general de la CISS ~ XXVII Asamblea General de la CISS',
  },
  'event-alias': {
    reason: 'name equals an alias of exactly one other event',
    example: 'XXVII Asamblea General de la CISS ~ XXVII Asamblea General de la Conferencia ... (alias)',
  },
  'event-contained-name': {
    reason: 'name contained in exactly one longer event name with the same ordinal',
    example:
      'XXVII Asamblea General ~ XXVII Asamblea General de la Conferencia Interamericana de Seguridad Social',
  },
  'curated-rename': {
    reason: 'canonical name set by a rename entry of the curated alias file',
    example: 'rename: Seguro de México -> Instituto Mexicano del Seguro Social',
  },
  'id-from-canonical-name': {
    reason: 'the id follows the canonical name (the fullest form seen), not the name the extraction chose',
    example: 'person:leonel-flores (alias Leonel Antonio Flores Sosa) -> person:leonel-antonio-flores-sosa',
  },
  'id-disambiguated': {
    reason:
      'another entity has the same canonical name: the one seen first keeps the plain id, this one is ' +
      'qualified by its context (institution, place, kind) or its first document',
    example: 'place:chihuahua (state, seen first) and place:chihuahua--city',
  },
  'agreement-same-parties': {
    reason: 'same parties, compatible kind and dates within a few days',
    example: 'IMSS-ISSS acuerdo (doc 000) ~ IMSS-ISSS convenio (doc 002)',
  },
} as const;

export type ResolveRuleId = keyof typeof RESOLVE_RULES;
