// The dateline: where and when a release was issued ("Lima, Perú, 9 de mayo de 2014.", "WASHINGTON, Nov. 15, 2024").
import { ABBREVIATIONS } from './model/abbreviations';
import { WEEKDAYS } from './model/months';
import { findDates } from './parse-date';

export interface Dateline {
  /** Index of the paragraph holding it. */
  index: number;
  date: string;
  place: string | null;
  /** The paragraph is only the dateline (no body text after it). */
  alone: boolean;
}

// A dateline sits among the first paragraphs and its date within the first characters.
const DATELINE_ZONE = 6;
const MAX_PLACE_CHARS = 80;
// "San Juan de los Lagos" has five; a sentence before a date has more.
const MAX_PLACE_WORDS = 5;
// Text after the date up to this length still counts as the dateline itself (a period, a dash).
const ALONE_TAIL = 3;

const WEEKDAY = new RegExp(`(?:^|[,;\\s])(?:el\\s+)?(?:${WEEKDAYS.join('|')})\\s*,?\\s*$`, 'iu');

/** The first paragraph near the top that opens with "Place, date" or is only a date. */
export function findDateline(paragraphs: readonly string[]): Dateline | null {
  const zone = Math.min(paragraphs.length, DATELINE_ZONE);
  for (let index = 0; index < zone; index += 1) {
    const text = paragraphs[index] ?? '';
    const first = findDates(text.slice(0, MAX_PLACE_CHARS + 40))[0];
    if (!first) continue;
    const place = placeOf(text.slice(0, first.start));
    if (place === undefined) continue;
    const alone = text.slice(first.end).trim().length <= ALONE_TAIL;
    // A bare date must be alone on its line; inside a sentence it is not a dateline.
    if (place === null && !alone) continue;
    return { index, date: first.iso, place, alone };
  }
  return null;
}

/**
 * The place before a dateline's date: null when there is none (a bare date line), undefined when the
 * text before the date is not a place ("El 20 de diciembre de 2017, en Bogotá" is a sentence).
 */
function placeOf(prefix: string): string | null | undefined {
  let rest = prefix.trim();
  rest = rest.replace(WEEKDAY, '').trim(); // "…; Martes"
  rest = rest.replace(/(?:^|[,;\s])(?:a|el|on)$/i, '').trim(); // "Chihuahua, Chihuahua, a", "El 20 de …"
  rest = rest.replace(/[,;.:\-–—(\s]+$/, ''); // "WANGANUI (3 March 2025)"
  if (!rest) return null;
  if (rest.length > MAX_PLACE_CHARS || /\d/.test(rest)) return undefined;
  const segments = rest.split(/\s*[,;]\s*/);
  // Every word of a place name is capitalised or a particle: "Playas de Rosarito", "Ciudad de México".
  const placeLike = segments.every((s) => {
    const words = s.split(' ');
    return (
      words.length <= MAX_PLACE_WORDS &&
      /^\p{Lu}/u.test(s) &&
      words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))
    );
  });
  if (!placeLike) return undefined;
  return segments.map(titleCaseIfShouted).join(', ');
}

// Small words kept lower case when a shouted place name is title-cased.
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'of', 'the']);

/** "WASHINGTON" -> "Washington"; names already in mixed case are kept as written. */
function titleCaseIfShouted(segment: string): string {
  if (/\p{Ll}/u.test(segment)) return segment;
  return segment
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

// A wire-service dateline: "San Salvador. El Salvador y México firmaron…", "MADRID (EFE).- El…".
const AGENCY_DATELINE =
  /^(\p{Lu}[\p{L}'-]+(?: (?:de |del |la )?\p{Lu}[\p{L}'-]+){0,3})(?: \([^)]{1,20}\))?\s*(?:\.-|\.—|\.–|—|\.)\s+(?=[\p{Lu}"¿¡])/u;
// Only a long paragraph opens with a wire dateline; a short one is a heading.
const AGENCY_MIN_WORDS = 15;

/** The place of a wire-service dateline at the start of one of the first paragraphs, if any. */
export function findAgencyPlace(paragraphs: readonly string[]): string | null {
  const zone = Math.min(paragraphs.length, DATELINE_ZONE);
  for (let index = 0; index < zone; index += 1) {
    const text = paragraphs[index] ?? '';
    if (text.split(' ').length < AGENCY_MIN_WORDS) continue;
    const place = AGENCY_DATELINE.exec(text)?.[1];
    // "Dr. José Pérez firmó…" opens with a title, not a place.
    return place && !ABBREVIATIONS.has(place.toLowerCase()) ? titleCaseIfShouted(place) : null;
  }
  return null;
}
