// Keys of event names: their words with ordinals as numbers and known acronyms spelt out.
import { ORDINAL_WORDS } from './data/ordinal-words';
import { isNameStopword } from './content-keys';
import { casedTokens } from './words';

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ORDINAL_SUFFIX = /^(\d+)(?:ª|º|o|a|er|ro|do|vo|to|mo|no|va|ta|ma|na|ra|da|st|nd|rd|th)$/i;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(token: string): number {
  let total = 0;
  for (let index = 0; index < token.length; index++) {
    const value = ROMAN_VALUES[token[index]!]!;
    const next = ROMAN_VALUES[token[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Event name tokens with ordinals as numbers: "XXVII Asamblea" and "27ª asamblea" agree. An
 * acronym written in capitals is replaced by the full name it stands for, when `expand` knows
 * it: "... de la CISS" and "... de la Conferencia Interamericana de Seguridad Social" agree.
 * @example eventTokens('XXVII Asamblea General') // ['27', 'asamblea', 'general']
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
    .filter((token) => !isNameStopword(token));
}

/**
 * The numbers in an event name's tokens (ordinals, years), sorted: they must agree for containment.
 * @example eventOrdinals(['27', 'asamblea', '2014']) // '2014 27'
 */
export function eventOrdinals(tokens: readonly string[]): string {
  return tokens
    .filter((token) => /^\d+$/.test(token))
    .sort()
    .join(' ');
}
