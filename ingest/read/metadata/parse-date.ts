// Dates as written in Spanish or English releases to ISO YYYY-MM-DD, validated against the calendar.
import { MONTHS } from './model/months';

export interface DateMatch {
  iso: string;
  /** Offsets of the match in the searched text. */
  start: number;
  end: number;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "24 de julio de 2015", "29 de diciembre del 2020", "1º de mayo de 2014", "15 November 2024"
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:º|°|o|st|nd|rd|th)?\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s+(?:del?\\s+)?(\\d{4})\\b`,
  'giu',
);
// "Nov. 15, 2024", "November 15, 2024"
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'giu',
);
// "2015-07-24" (also the date part of "2015-07-24T10:00:00Z")
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/g;

/** Every date found in the text, in order of position. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const add = (m: RegExpExecArray, y?: string, mo?: number, d?: string): void => {
    const iso = toIso(Number(y), mo ?? 0, Number(d));
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m, m[3], MONTHS[(m[2] ?? '').toLowerCase()], m[1]);
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m, m[3], MONTHS[(m[1] ?? '').toLowerCase()], m[2]);
  for (const m of text.matchAll(ISO)) add(m, m[1], Number(m[2]), m[3]);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The first date in a text, as ISO.
 * @example parseDate('Lima, Perú, 9 de mayo de 2014.') // '2014-05-09'
 */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

function toIso(year: number, month: number, day: number): string | null {
  if (!(year >= 1800 && year <= 2200) || !(month >= 1 && month <= 12) || !(day >= 1)) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
