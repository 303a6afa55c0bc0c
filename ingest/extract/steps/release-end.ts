// Step 1, at each line: does the release's own text end here? An end mark does, and so does the
// heading of an appendix (lexicon/release-ends.ts): a short line, or the words before a colon,
// that opens with one of the headings. Sentences after it are not read, so that boilerplate about
// the issuer, press contacts and annex lists make no facts of the release.
import { APPENDIX_HEADINGS, END_MARKS } from '../lexicon/release-ends';
import { fold } from '../text';

const MAX_HEADING_WORDS = 8;

/** The heading part of a line: all of a short line, or what comes before an early colon. */
function headingOf(line: string): string | null {
  const colon = line.indexOf(':');
  const head = colon > 0 ? line.slice(0, colon) : line;
  if (head.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  // a whole line that ends as a sentence does is prose, not a heading
  if (colon < 0 && /[.!?;,]$/.test(head)) return null;
  return head.trim();
}

/**
 * Does `line` end the release's own text? Headings count only once `body` is true (the headline and
 * some text are behind): a release that opens with "Sobre X" or a contact line has not ended.
 *
 * @example
 *   endsRelease('Acerca de la Fundación Horizonte Andino', true); // true
 *   endsRelease('Sobre la base de lo acordado, ambas partes trabajarán.', true); // false
 */
export function endsRelease(line: string, body: boolean): boolean {
  const t = line.trim();
  if (!t) return false;
  const f = fold(t);
  if (END_MARKS.some((m) => m.test(f))) return true;
  if (!body) return false;
  const head = headingOf(t);
  if (!head) return false;
  const fh = fold(head);
  return APPENDIX_HEADINGS.some((h) => {
    const m = h.match.exec(fh);
    if (!m) return false;
    if (!h.named) return true;
    // folding keeps lengths for Latin text, so the name starts at the same offset in the original
    const rest = head.slice(m[0].length);
    return /^[\p{Lu}\d]/u.test(rest);
  });
}
