// Person names as comparable words: accents, case, leading honorifics and particles set aside.
import { GIVEN_NAMES, HONORIFICS } from '../extract/lexicon';
import { fold } from '../../model/fold';
import { NAME_PARTICLES } from './data/name-particles';

// A word of a name, cut as the extractor's tokens are: a hyphen or an apostrophe inside it keeps it
// one name ("Pérez-Ruiz", "O'Brien", "Jean-Pierre").
const NAME_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * One word of a person's name as names are compared: folded, its apostrophe written one way.
 * @example personWord('O’Brien') // "o'brien"; personWord('Pérez-Ruiz') // 'perez-ruiz'
 */
export function personWord(word: string): string {
  return fold(word).replace(/’/g, "'");
}

function nameWords(name: string): string[] {
  return (fold(name).match(NAME_WORD) ?? []).map(personWord);
}

// The extractor's lexicons, folded the way names are compared ("Dr." -> "dr", "Ángel" -> "angel").
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => nameWords(h.form).join(' ')));
const PARTICLE_SET = new Set(NAME_PARTICLES);

/** The given names of the lexicon, folded as personTokens folds them. */
export const GIVEN_NAME_TOKENS: ReadonlySet<string> = new Set(
  GIVEN_NAMES.map((name) => nameWords(name).join(' ')),
);

/**
 * The words a person's name is compared by (see personWord), without leading honorifics and
 * particles. A hyphenated name stays one word: "Jean Dupont" is no short form of "Jean-Pierre Dupont".
 * @example personTokens('Doctor Leonel Antonio Flores Sosa') // ['leonel', 'antonio', 'flores', 'sosa']
 * @example personTokens('Ana de la Rosa') // ['ana', 'rosa']
 */
export function personTokens(name: string): string[] {
  const tokens = nameWords(name);
  let start = 0;
  while (start < tokens.length - 1) {
    const two = `${tokens[start]} ${tokens[start + 1]}`;
    if (HONORIFIC_SET.has(two)) start += 2;
    else if (HONORIFIC_SET.has(tokens[start]!)) start += 1;
    else break;
  }
  return tokens.slice(start).filter((token) => !PARTICLE_SET.has(token));
}

/**
 * The written name without its leading honorifics.
 * @example stripHonorifics('Dr. José Ángel Delgado') // 'José Ángel Delgado'
 */
export function stripHonorifics(name: string): string {
  let rest = name.trim();
  for (;;) {
    const match = /^([\p{L}.]+(?:\s?[\p{L}]\.)?)\s+(.*)$/u.exec(rest);
    if (!match) return rest;
    const head = nameWords(match[1]!).join(' ');
    if (!HONORIFIC_SET.has(head) || nameWords(match[2]!).length < 1) return rest;
    rest = match[2]!;
  }
}
