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
