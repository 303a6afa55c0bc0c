// Accent and case folding, the one key every name is compared by: the rule engine's words, the
// extraction's tokens and name keys, the resolver's keys and entity ids all fold through here.

const NON_ASCII = /[^ -~]/;
// Every combining mark, not only the Latin block (U+0300-036F): the name tokenisers split words on
// whatever is not a letter or a digit, so a mark left in would cut a word in two.
const MARKS = /\p{M}+/gu;

/**
 * Text without accents, its case kept (canonical decomposition, then the marks removed).
 * @example stripAccents('Perú') // 'Peru'; stripAccents('XXVII Asamblea') // 'XXVII Asamblea'
 */
export function stripAccents(s: string): string {
  // most words are plain ASCII: skip the Unicode decomposition for them
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}

/**
 * Lower case without accents: how two writings of one word are told to be the same.
 * @example fold('Perú') // 'peru'; fold('ÁNGEL') // 'angel'
 */
export function fold(s: string): string {
  return stripAccents(s.toLowerCase());
}
