// Step 3: the dateline ("Lima, Perú, 9 de mayo de 2014.", "TEPIC, Nay., 3 de julio de 2022.", "Mexicali, Baja California; Jueves 11 de
// febrero del 2021.", "QUITO, June 6, 2019 —", "WASHINGTON —") gives the place and date of the
// document when the reader did not.
import type { Work } from '../types';
import type { GazetteerEntry } from '../lexicons';
import { MONTH_NUMBER, PLACE_BY_NAME, PLACE_TABLE, TOWN_TABLE } from '../lexicons';
import { fold, titleCase } from '../text';

const ES_DATELINE =
  /^([\p{Lu}][\p{L} ]+?)(?:,\s*([\p{Lu}][\p{L} ]+?)\.?)?[,;.]\s*(?:[\p{L}]+\s+)?(?:a\s+)?(\d{1,2}) de (\p{L}+) de(?:l)? (\d{4})/u;
const EN_DATELINE =
  /^([\p{Lu}][\p{L} .]+?)(?:,\s*([\p{Lu}][\p{L} .]+?))?,\s*(\p{L}+)\.? (\d{1,2}),? (\d{4})/u;
/** A wire dateline in capitals with no date: "WASHINGTON —", "SAN JOSÉ, Costa Rica –", "GENEVA (Reuters) —". */
const CAPS_DATELINE =
  /^(\p{Lu}[\p{Lu} ]*\p{Lu})(?:,\s*[\p{Lu}][\p{L} .]+?)?(?:\s*\([\p{L} .]+\))?\s*(?:[—–]|--|\.-|\.–)\s/u;

/** The gazetteer entry a dateline names, a city first ("MADRID" is the city, not the Comunidad de Madrid). */
export function datelineEntry(written: string): GazetteerEntry | undefined {
  const f = fold(written);
  const first = f.split(' ')[0] ?? '';
  const whole = (PLACE_TABLE.get(first) ?? []).filter((c) => c.words.join(' ') === f);
  const known = whole.find((c) => c.value.kind === 'city')?.value ?? PLACE_BY_NAME.get(f) ?? whole[0]?.value;
  // a dateline expects a place: a town that needs context elsewhere counts here ("ZAPOTLANEJO, Jal. —")
  return known ?? TOWN_TABLE.get(first)?.find((c) => c.words.join(' ') === f)?.value;
}

/** A dateline city as the gazetteer writes it ("QUITO" -> "Quito"), else title-cased when in capitals. */
export function datelineCity(written: string): string {
  if (written !== written.toUpperCase()) return written;
  const known = datelineEntry(written);
  if (known) return known.name;
  return titleCase(written);
}

/** Does this sentence open with a dateline (a place, then a date or a dash)? */
export function isDateline(text: string): boolean {
  if (CAPS_DATELINE.test(text)) return true;
  const es = ES_DATELINE.exec(text);
  if (es) return true;
  const en = EN_DATELINE.exec(text);
  return !!en && MONTH_NUMBER.has(fold(en[3] ?? ''));
}

function isoDate(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function readDateline(w: Work): void {
  for (const s of w.sentences.slice(0, 8)) {
    const es = ES_DATELINE.exec(s.text);
    const en = es ? null : EN_DATELINE.exec(s.text);
    const m = es ?? en;
    if (m) {
      const month = MONTH_NUMBER.get(fold(m[es ? 4 : 3] ?? '')) ?? 0;
      if (en && !month) continue;
      if (!w.date && month > 0) w.date = isoDate(m[5] ?? '', month, (es ? m[3] : m[4]) ?? '');
      if (!w.location) w.location = datelineCity((m[1] ?? '').trim());
      return;
    }
    const caps = CAPS_DATELINE.exec(s.text);
    if (caps) {
      if (!w.location) w.location = datelineCity((caps[1] ?? '').trim());
      return;
    }
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
