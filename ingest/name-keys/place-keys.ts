// Keys of place and venue names.
import { GENERIC_VENUE_WORDS } from './data/generic-venue-words';
import { PLACE_EQUIVALENTS } from './data/place-equivalents';
import { contentTokens } from './content-keys';
import { wordTokens } from './words';

const GENERIC_VENUE = new Set(GENERIC_VENUE_WORDS);
const PLACE_KEYS = new Map(
  PLACE_EQUIVALENTS.flatMap((group) =>
    group.map((name) => [wordTokens(name).join(' '), wordTokens(group[0]!).join(' ')]),
  ),
);

/**
 * Place key: all words, with known equivalents made one.
 * @example placeKey('EE. UU.') === placeKey('Estados Unidos') // true
 */
export function placeKey(name: string): string | null {
  const key = wordTokens(name).join(' ');
  if (key.length === 0) return null;
  return PLACE_KEYS.get(key) ?? key;
}

/**
 * True for venue names that are a different building in every city.
 * @example isGenericVenue('Casa de Gobierno') // true; isGenericVenue('Palacio de Minería') // false
 */
export function isGenericVenue(name: string): boolean {
  return contentTokens(name).every((token) => GENERIC_VENUE.has(token));
}
