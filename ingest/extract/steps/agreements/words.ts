// Words the signing clauses read: strong signing verbs, the agent of a passive, acts headed by people,
// counts that make an agreement noun plural, the words that introduce the other party.
export const STRONG = /^(firm|sign|suscri|subscri|rubric|ink)/;
export const PASSIVE_AGENT = new Set(['por', 'by']);
export const HEADED = /^(encabezad[oa]s?|encabezaron|encabezo|presidid[oa]s?|presidieron|headed|led)$/;
export const ACT_NOUNS = new Set(['acto', 'ceremonia', 'firma', 'evento', 'ceremony', 'event']);
export const PLURAL_COUNT = new Set([
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'varios',
  'los',
  'estos',
  'diversos',
  'two',
  'three',
  'several',
]);
export const PARTY_INTRO = new Set(['con', 'entre', 'with', 'between']);
