// The name keys and folding both resolvers compare names by: the in-document one (extract/steps/
// entities) and the cross-document one (resolve). One key function per kind of name, over one fold.
export { fold, stripAccents } from '../../model/fold';
export { wordTokens, casedTokens } from './words';
export { acronymKey, acronymLetters, initialsOf, spellsSyllables } from './acronyms';
export { GIVEN_NAME_TOKENS, personTokens, personWord, stripHonorifics } from './person-tokens';
export {
  documentContentKey,
  contentTokens,
  institutionAcronymKey,
  institutionNameKey,
  isNameStopword,
} from './content-keys';
export { isGenericVenue, placeKey } from './place-keys';
export { eventOrdinals, eventTokens } from './event-keys';
