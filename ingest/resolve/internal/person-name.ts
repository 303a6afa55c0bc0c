// Person names as comparable tokens: accents, case, honorifics and particles set aside.
import { GIVEN_NAMES, HONORIFICS } from '../../extract/lexicon';
import { NAME_PARTICLES } from '../data/name-particles';
import { wordTokens } from './normalise';

// The extractor's lexicons, folded the way names are compared here ("Dr." -> "dr", "Ángel" -> "angel").
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => wordTokens(h.form).join(' ')));
const PARTICLE_SET = new Set(NAME_PARTICLES);
const GIVEN_SET = new Set(GIVEN_NAMES.map((name) => wordTokens(name).join(' ')));

/** "Doctor Leonel Antonio Flores Sosa" -> ["leonel", "antonio", "flores", "sosa"]. */
export function personTokens(name: string): string[] {
  const tokens = wordTokens(name);
  let start = 0;
  while (start < tokens.length - 1) {
    const two = `${tokens[start]} ${tokens[start + 1]}`;
    if (HONORIFIC_SET.has(two)) start += 2;
    else if (HONORIFIC_SET.has(tokens[start]!)) start += 1;
    else break;
  }
  return tokens.slice(start).filter((token) => !PARTICLE_SET.has(token));
}

/** The written name without its leading honorifics: "Dr. José Ángel Delgado" -> "José Ángel Delgado". */
export function stripHonorifics(name: string): string {
  let rest = name.trim();
  for (;;) {
    const match = /^([\p{L}.]+(?:\s?[\p{L}]\.)?)\s+(.*)$/u.exec(rest);
    if (!match) return rest;
    const head = wordTokens(match[1]!).join(' ');
    if (!HONORIFIC_SET.has(head) || wordTokens(match[2]!).length < 1) return rest;
    rest = match[2]!;
  }
}

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
    if (middle.length > 1 && !GIVEN_SET.has(middle)) positions.add(1);
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
