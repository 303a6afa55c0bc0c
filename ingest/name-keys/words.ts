// Names cut into comparable words: accents and punctuation set aside, case folded or kept.
import { fold, stripAccents } from '../../model/fold';

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Lower-case words without accents or punctuation.
 * @example wordTokens('EE. UU.') // ['ee', 'uu']; wordTokens('Pérez-Reverte') // ['perez', 'reverte']
 */
export function wordTokens(text: string): string[] {
  return fold(text)
    .split(NOT_A_WORD)
    .filter((token) => token.length > 0);
}

/**
 * Words with their written case kept (accents folded), for ordinals such as "XXVII".
 * @example casedTokens('XXVII Asamblea, Perú') // ['XXVII', 'Asamblea', 'Peru']
 */
export function casedTokens(text: string): string[] {
  return stripAccents(text)
    .split(NOT_A_WORD)
    .filter((token) => token.length > 0);
}
