// Small text helpers shared by the extraction steps: accent/case folding, slugs, capitalisation tests.

/** Lower case without accents: "Perú" -> "peru". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // most words are plain ASCII: skip the Unicode decomposition for them
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

const NON_ASCII = /[^ -~]/;

/** Slug for node ids: "José Antonio González Anaya" -> "jose-antonio-gonzalez-anaya". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/gu;

/** Starts with an upper-case letter. */
export function isCap(s: string): boolean {
  return UPPER.test(s);
}

/** Every letter upper case and at least two letters: "IMSS", "UNICARIBE". */
export function isUpperWord(s: string): boolean {
  if (s.length < 2 || s !== s.toUpperCase()) return false;
  const letters = s.match(LETTER) ?? [];
  return letters.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Capitalises the first letter: "régimen estatal" -> "Régimen estatal". */
export function capFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
