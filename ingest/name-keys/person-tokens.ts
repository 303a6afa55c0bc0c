// Person names as comparable words: accents, case, leading honorifics and particles set aside.
import { GIVEN_NAMES, HONORIFICS } from '../extract/lexicon';
import { NAME_PARTICLES } from './data/name-particles';
import { wordTokens } from './words';

// The extractor's lexicons, folded the way names are compared ("Dr." -> "dr", "Ángel" -> "angel").
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => wordTokens(h.form).join(' ')));
const PARTICLE_SET = new Set(NAME_PARTICLES);

/** The given names of the lexicon, folded as personTokens folds them. */
export const GIVEN_NAME_TOKENS: ReadonlySet<string> = new Set(
  GIVEN_NAMES.map((name) => wordTokens(name).join(' ')),
);

/**
 * The words a person's name is compared by: folded, without leading honorifics and particles.
 * @example personTokens('Doctor Leonel Antonio Flores Sosa') // ['leonel', 'antonio', 'flores', 'sosa']
 * @example personTokens('Ana de la Rosa') // ['ana', 'rosa']
 */
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

/**
 * The written name without its leading honorifics.
 * @example stripHonorifics('Dr. José Ángel Delgado') // 'José Ángel Delgado'
 */
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
