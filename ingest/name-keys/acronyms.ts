// Acronyms: the key of a one-word form, and the initials a full name spells.
import { stripAccents } from '../../model/fold';

/**
 * A one-word form ("IMSS", "Cepal", "U.A.", "IMSS-PROSPERA", "EE. UU.") as an acronym key, else null.
 * Case is folded because the press writes "Cepal" and "CEPAL" for the same body.
 * @example acronymKey('U. A.') // 'ua'; acronymKey('Secretaría de Salud') // null
 */
export function acronymKey(text: string): string | null {
  const trimmed = stripAccents(text).trim();
  const parts = trimmed.split(/\s+/);
  const short = parts.length === 1 || parts.every((part) => part.replace(/\./g, '').length <= 3);
  const compact = trimmed.replace(/[.\s]/g, '').toLowerCase();
  if (!short || compact.length < 2 || compact.length > 16 || !/^[\p{L}\p{N}&-]+$/u.test(compact)) return null;
  return compact;
}

/**
 * Initials of the capitalised words, upper case: what an acronym of the name would spell. Words in
 * lower case (articles, "de", "del") give none.
 * @example initialsOf('Instituto Mexicano del Seguro Social') // 'IMSS'
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * The letters of a written acronym, upper case, to compare with initialsOf.
 * @example acronymLetters('I.M.S.S.') // 'IMSS'; acronymLetters('Cepal') // 'CEPAL'
 */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/**
 * Does a syllabic acronym spell the name: pieces of three or more of its capitalised words, in order, the
 * first word's first ("SENAF": SEcretaría NAcional de Niñez, Adolescencia y Familia; "Catunic": CÁmara de
 * TUrismo de NICoya)? Only acronyms of four letters or more with a syllable in them: with single letters
 * alone, initialsOf says it.
 * @example spellsSyllables('CONATEL', 'Comisión Nacional de Telecomunicaciones') // true
 */
export function spellsSyllables(acronym: string, name: string): boolean {
  const a = stripAccents(acronymLetters(acronym)).toLowerCase();
  const words = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) =>
      stripAccents(word)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    );
  if (a.length < 4 || words.length < 3) return false;
  // can a[i..] be spelled from words[w..], the piece at i starting word w, with `pieces` taken so far
  // (counted up to 3) and a syllable among them or not
  const memo = new Map<string, boolean>();
  const spell = (i: number, w: number, pieces: number, syllable: boolean): boolean => {
    if (i === a.length) return syllable && pieces >= 3;
    if (w >= words.length) return false;
    const key = `${i} ${w} ${pieces} ${syllable}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    const taken = Math.min(3, pieces + 1);
    let ok = false;
    for (let n = 1; n <= word.length && i + n <= a.length && a[i + n - 1] === word[n - 1] && !ok; n++)
      for (let next = w + 1; next <= words.length && !ok; next++)
        ok = spell(i + n, next, taken, syllable || n > 1);
    memo.set(key, ok);
    return ok;
  };
  return spell(0, 0, 0, false);
}
