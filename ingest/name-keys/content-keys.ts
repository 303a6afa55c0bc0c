// Keys of institution names: their content words, the multi-word name key, the acronym key.
import { GENERIC_INSTITUTION_WORDS } from './data/generic-institution-words';
import { INSTITUTION_DOMAIN_WORDS } from './data/institution-domain-words';
import { NAME_STOPWORDS } from './data/name-stopwords';
import { SCOPE_WORDS } from './data/scope-words';
import { acronymKey } from './acronyms';
import { wordTokens } from './words';

const STOPWORDS: ReadonlySet<string> = new Set(NAME_STOPWORDS);
const SCOPE: ReadonlySet<string> = new Set(SCOPE_WORDS);
const GENERIC_INSTITUTION = new Set(GENERIC_INSTITUTION_WORDS);
const TYPE_OF_BODY = new Set([...GENERIC_INSTITUTION_WORDS, ...INSTITUTION_DOMAIN_WORDS]);

/** True for an article or linking word that names of bodies, places and events are compared without. */
export function isNameStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/**
 * Words of a name without articles and linking words: the comparable content.
 * @example contentTokens('Conferencia Interamericana de la Seguridad Social') // ['conferencia', 'interamericana', 'seguridad', 'social']
 */
export function contentTokens(name: string): string[] {
  return wordTokens(name).filter((token) => !STOPWORDS.has(token));
}

/**
 * The content words without words of scope ("nacional"), as one string: the key by which one
 * document names a body again, whatever its articles, linking words, accents, case or punctuation.
 * Not a key across documents, where "Consejo Nacional de X" and "Consejo de X" may be two bodies.
 * @example documentContentKey('Defensoría Nacional de Derechos') // 'defensoria derechos'
 */
export function documentContentKey(name: string): string {
  return contentTokens(name)
    .filter((token) => !SCOPE.has(token))
    .join(' ');
}

/**
 * Multi-word institution name key; null for one-word forms (see acronymKey) and for names of a
 * type of body rather than one body ("Secretaría de Salud", "Gobierno del Estado"): nothing in
 * them tells which state or country's body it is.
 * @example institutionNameKey('Instituto Mexicano del Seguro Social') // 'instituto mexicano seguro social'
 */
export function institutionNameKey(name: string): string | null {
  if (acronymKey(name) !== null) return null;
  const tokens = contentTokens(name);
  if (tokens.length < 2 || tokens.every((token) => TYPE_OF_BODY.has(token))) return null;
  return tokens.join(' ');
}

/**
 * Acronym key of a one-word institution form; null for other forms and generic words.
 * @example institutionAcronymKey('Cepal') // 'cepal'; institutionAcronymKey('Ministerio') // null
 */
export function institutionAcronymKey(name: string): string | null {
  const key = acronymKey(name);
  if (key === null || GENERIC_INSTITUTION.has(key)) return null;
  return key;
}
