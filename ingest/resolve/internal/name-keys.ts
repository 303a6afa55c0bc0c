// Matching keys of institution, place and event names.
import { GENERIC_INSTITUTION_WORDS } from '../data/generic-institution-words';
import { GENERIC_VENUE_WORDS } from '../data/generic-venue-words';
import { INSTITUTION_DOMAIN_WORDS } from '../data/institution-domain-words';
import { NAME_STOPWORDS } from '../data/name-stopwords';
import { ORDINAL_WORDS } from '../data/ordinal-words';
import { PLACE_EQUIVALENTS } from '../data/place-equivalents';
import { acronymKey, casedTokens, wordTokens } from './normalise';

const STOPWORDS = new Set(NAME_STOPWORDS);
const GENERIC_INSTITUTION = new Set(GENERIC_INSTITUTION_WORDS);
const GENERIC_VENUE = new Set(GENERIC_VENUE_WORDS);
const TYPE_OF_BODY = new Set([...GENERIC_INSTITUTION_WORDS, ...INSTITUTION_DOMAIN_WORDS]);
const PLACE_KEYS = new Map(
  PLACE_EQUIVALENTS.flatMap((group) =>
    group.map((name) => [wordTokens(name).join(' '), wordTokens(group[0]!).join(' ')]),
  ),
);
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ORDINAL_SUFFIX = /^(\d+)(?:o|a|er|ro|do|vo|to|mo|no|va|ta|ma|na|ra|da|st|nd|rd|th)$/i;

/** Words of a name without articles and linking words: the comparable content. */
export function contentTokens(name: string): string[] {
  return wordTokens(name).filter((token) => !STOPWORDS.has(token));
}

/**
 * Multi-word institution name key; null for one-word forms (see acronymKey) and for names of a
 * type of body rather than one body ("Secretaría de Salud", "Gobierno del Estado"): nothing in
 * them tells which state or country's body it is.
 */
export function institutionNameKey(name: string): string | null {
  if (acronymKey(name) !== null) return null;
  const tokens = contentTokens(name);
  if (tokens.length < 2 || tokens.every((token) => TYPE_OF_BODY.has(token))) return null;
  return tokens.join(' ');
}

/** Acronym key of a one-word institution form; null for other forms and generic words. */
export function institutionAcronymKey(name: string): string | null {
  const key = acronymKey(name);
  if (key === null || GENERIC_INSTITUTION.has(key)) return null;
  return key;
}

/** Place key: all words, with known equivalents ("EE. UU.", "United States") made one. */
export function placeKey(name: string): string | null {
  const key = wordTokens(name).join(' ');
  if (key.length === 0) return null;
  return PLACE_KEYS.get(key) ?? key;
}

/** True for venue names that are a different building in every city ("Casa de Gobierno"). */
export function isGenericVenue(name: string): boolean {
  return contentTokens(name).every((token) => GENERIC_VENUE.has(token));
}

function romanValue(token: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let index = 0; index < token.length; index++) {
    const value = values[token[index]!]!;
    const next = values[token[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Event name tokens with ordinals as numbers: "XXVII Asamblea" and "27ª asamblea" agree. An
 * acronym written in capitals is replaced by the full name it stands for, when `expand` knows
 * it: "... de la CISS" and "... de la Conferencia Interamericana de Seguridad Social" agree.
 */
export function eventTokens(name: string, expand?: ReadonlyMap<string, readonly string[]>): string[] {
  return casedTokens(name)
    .flatMap((token) => {
      if (ROMAN.test(token)) return [String(romanValue(token))];
      const expanded = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(token) ? expand?.get(token.toLowerCase()) : undefined;
      if (expanded) return expanded;
      const suffixed = ORDINAL_SUFFIX.exec(token);
      if (suffixed) return [String(Number(suffixed[1]))];
      const lower = token.toLowerCase();
      const ordinal = ORDINAL_WORDS[lower];
      return [ordinal === undefined ? lower : String(ordinal)];
    })
    .filter((token) => !STOPWORDS.has(token));
}

/** The numbers in an event name (ordinals, years), sorted: they must agree for containment. */
export function eventOrdinals(tokens: readonly string[]): string {
  return tokens
    .filter((token) => /^\d+$/.test(token))
    .sort()
    .join(' ');
}
