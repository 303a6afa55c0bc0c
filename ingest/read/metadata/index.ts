// Document metadata, in order of trust: what the file declares, then the dateline, then the text itself.
import type { DeclaredMetadata } from '../formats/types';
import { findAgencyPlace, findDateline } from './dateline';
import type { Dateline } from './dateline';
import { detectLanguage, languageFromTag } from './language';
import { findDates, parseDate } from './parse-date';
import { findHeadline } from './title';

export interface DocumentMetadata {
  title: string | null;
  date: string | null;
  location: string | null;
  lang: 'es' | 'en';
  author: string | null;
  /** Index of the headline paragraph when the title was read from the text. */
  headline: number | null;
  dateline: Dateline | null;
}

// A date merely mentioned in the text stands for the document's date only near the top.
const FALLBACK_DATE_ZONE = 6;

/**
 * Reads title, date, place, language and author from cleaned paragraphs and declared metadata.
 * @example readMetadata(['ACUERDAN MÉXICO Y PERÚ', 'Lima, Perú, 9 de mayo de 2014.'], {}).location // 'Lima, Perú'
 */
export function readMetadata(
  paragraphs: readonly string[],
  declared: DeclaredMetadata,
  forcedLang?: 'es' | 'en',
): DocumentMetadata {
  // 1. The dateline gives a date and a place; it is never the headline.
  const dateline = findDateline(paragraphs);
  // 2. Title: declared, else the first substantial paragraph.
  const headline = declared.title
    ? null
    : findHeadline(paragraphs, new Set(dateline ? [dateline.index] : []));
  const title = declared.title ?? (headline === null ? null : (paragraphs[headline] ?? null));
  // 3. Date: declared, else the dateline's, else a full date written near the top.
  const date =
    (declared.date ? parseDate(declared.date) : null) ??
    dateline?.date ??
    findDates(paragraphs.slice(0, FALLBACK_DATE_ZONE).join('\n'))[0]?.iso ??
    null;
  // 4. Place: the dateline's, else a wire-service dateline's, else declared.
  const location = dateline?.place ?? findAgencyPlace(paragraphs) ?? declared.location ?? null;
  // 5. Language: forced, declared, else detected.
  const lang = forcedLang ?? languageFromTag(declared.lang) ?? detectLanguage(paragraphs.join(' '));
  return { title, date, location, lang, author: declared.author ?? null, headline, dateline };
}
