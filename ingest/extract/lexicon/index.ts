// The extractor's general lexicons: typed data arrays, one per file, re-exported in one place.
// Places are not here: they come from the gazetteer (../gazetteer/).

export type { Honorific } from './honorifics';
export { HONORIFICS } from './honorifics';
export type { PostTitle } from './post-titles';
export { POST_TITLES } from './post-titles';
export type { InstitutionHead } from './institution-heads';
export { INSTITUTION_HEADS } from './institution-heads';
export type { SigningVerb } from './signing-verbs';
export { SIGNING_VERBS } from './signing-verbs';
export type { AgreementNoun } from './agreement-nouns';
export { AGREEMENT_NOUNS } from './agreement-nouns';
export type { EventNoun } from './event-nouns';
export { EVENT_NOUNS } from './event-nouns';
export { VENUE_HEADS } from './venue-heads';
export { NOT_NAMES } from './not-names';
export { GIVEN_NAMES } from './given-names';
export { SURNAMES } from './surnames';
export { MONTHS } from './months';
