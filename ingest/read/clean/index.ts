// Cleaning, in order: raw text from a format reader to the paragraphs that evidence offsets point into.
import { normalizeCharacters } from './01-normalize-characters';
import { removeMarkup } from './02-remove-markup';
import { splitLines } from './03-split-lines';
import { removeSeparators } from './04-remove-separators';
import { removePageFurniture } from './05-remove-page-furniture';
import { stripMarkdown } from './06-strip-markdown';
import { stripLineMarks } from './07-strip-line-marks';
import { removeLetterhead } from './08-remove-letterhead';
import { buildParagraphs } from './09-build-paragraphs';

export interface CleanOptions {
  /** Strip Markdown syntax (text and Markdown files). */
  markdown: boolean;
  /** Lines are visual lines to join (PDF). */
  wrapped: boolean;
}

/**
 * Cleans text into paragraphs (no newline inside one). Deterministic: same input, same output.
 * @example cleanText('[image: a.jpg]\n· El IMSS firmó.\n\n--- o0o ---', { markdown: true, wrapped: false })
 * // ['El IMSS firmó.']
 */
export function cleanText(text: string, options: CleanOptions): string[] {
  let lines = splitLines(removeMarkup(normalizeCharacters(text))); // 1-3. characters, inline debris, lines
  lines = removeSeparators(lines); // 4. "--- o0o ---", "* * *"
  lines = removePageFurniture(lines); // 5. page numbers, running headers and footers
  if (options.markdown) lines = stripMarkdown(lines); // 6. emphasis, links, headings
  lines = stripLineMarks(lines); // 7. bullets and debris at line starts
  lines = removeLetterhead(lines); // 8. "COMUNICADO", the issuer's name
  return buildParagraphs(lines, options); // 9. lines to paragraphs
}
