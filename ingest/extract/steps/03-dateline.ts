// Step 3: the dateline ("Lima, Perú, 9 de mayo de 2014.", "Mexicali, Baja California; Jueves 11 de
// febrero del 2021.") gives the place and date of the document when the reader did not.
import type { Work } from '../types';
import { PLACE_TABLE } from '../lexicons';
import { fold } from '../text';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export function readDateline(w: Work): void {
  for (const s of w.sentences.slice(0, 8)) {
    const m =
      /^([\p{Lu}][\p{L} ]+?)(?:,\s*([\p{Lu}][\p{L} ]+?))?[,;.]\s*(?:[\p{L}]+\s+)?(?:a\s+)?(\d{1,2}) de (\p{L}+) de(?:l)? (\d{4})/u.exec(
        s.text,
      );
    if (!m) continue;
    const month = MONTHS.indexOf(fold(m[4] ?? '')) + 1;
    if (!w.date && month > 0)
      w.date = `${m[5]}-${String(month).padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    if (!w.location) w.location = (m[1] ?? '').trim();
    return;
  }
  // "San Salvador. El Salvador y México ...": a known city opening the first body sentence
  if (!w.location) {
    for (const s of w.sentences.slice(0, 6)) {
      const m = /^([\p{Lu}][\p{L} ]+?)\.\s/u.exec(w.text.slice(s.start, s.end + 2));
      const first = m?.[1];
      if (first && PLACE_TABLE.has(fold(first.split(' ')[0] ?? ''))) {
        w.location = first;
        return;
      }
    }
  }
}
