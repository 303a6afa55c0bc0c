// Small text helpers shared by the extraction steps: accent/case folding, slugs, capitalisation tests.
import { fold } from '../../model/fold';

/** The one fold (model/fold.ts), here for the steps that import their text helpers together. */
export { fold };

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

/** A name written in capitals, in title case: "SAN JOSÉ" -> "San José", "BUENOS AIRES-LA PLATA" too. */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
