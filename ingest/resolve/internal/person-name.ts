// Short forms of person names: which tokens of a full name may be surnames, and which shorter
// names (as personTokens, ingest/name-keys) are short forms of a longer one.
import { GIVEN_NAME_TOKENS } from '../../name-keys';

/** Token positions of a full name that may hold a surname (Spanish names carry two). */
export function surnamePositions(tokens: readonly string[]): Set<number> {
  const count = tokens.length;
  const positions = new Set<number>();
  if (count >= 4) {
    positions.add(count - 2);
    positions.add(count - 1);
  } else if (count === 3) {
    positions.add(2);
    // "José Antonio Meade": a known given name or an initial in the middle is not a surname.
    const middle = tokens[1]!;
    if (middle.length > 1 && !GIVEN_NAME_TOKENS.has(middle)) positions.add(1);
  } else if (count === 2) {
    positions.add(1);
  }
  return positions;
}

function tokenMatches(short: string, long: string): boolean {
  return short === long || (short.length === 1 && long.startsWith(short));
}

/**
 * True when `short` names the same person as the longer `long`: the first given name agrees,
 * the remaining tokens appear in order, and at least one of them is a surname of `long`.
 * "Leonel Flores" is a short form of "Leonel Antonio Flores Sosa"; "José Antonio González Anaya"
 * is not one of "José Antonio González Pérez" (the second surname conflicts).
 */
export function isShortForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length > long.length || short[0] !== long[0]) return false;
  if (short.join(' ') === long.join(' ')) return false;
  const surnames = surnamePositions(long);
  let sharesSurname = false;
  // Match from the end so that surname positions are preferred over given-name positions.
  let cursor = long.length - 1;
  for (let index = short.length - 1; index >= 1; index--) {
    const token = short[index]!;
    while (cursor >= 1 && !tokenMatches(token, long[cursor]!)) cursor--;
    if (cursor < 1) return false;
    if (token.length > 1 && surnames.has(cursor)) sharesSurname = true;
    cursor--;
  }
  return sharesSurname;
}
