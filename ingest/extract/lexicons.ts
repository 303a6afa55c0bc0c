// Lookup tables built once at module load from the shared lexicons (lexicon/) and the extractor's own
// data (model/): folded words and phrases in Sets and Maps, so each document only does lookups.
import { AGREEMENT_NOUNS } from './lexicon/agreement-nouns';
import { EVENT_NOUNS } from './lexicon/event-nouns';
import { HONORIFICS } from './lexicon/honorifics';
import { INSTITUTION_HEADS } from './lexicon/institution-heads';
import { NOT_NAMES } from './lexicon/not-names';
import { POST_TITLES } from './lexicon/post-titles';
import { SIGNING_VERBS } from './lexicon/signing-verbs';
import { VENUE_HEADS } from './lexicon/venue-heads';
import { GIVEN_NAMES } from './lexicon/given-names';
import { SURNAMES } from './lexicon/surnames';
import { MONTHS, WEEKDAYS } from './lexicon/months';
import {
  DETERMINERS,
  EXTRA_EVENT_NOUNS,
  EXTRA_VENUES,
  LOWERCASE_HEADS,
  NOT_ACRONYMS,
  SUBUNIT_HEADS,
  WEAK_INSTITUTION_HEADS,
} from './model/extra-words';
import { fold } from './text';
import type { GazetteerEntry } from './gazetteer';
import { GAZETTEER } from './gazetteer';
import { PairTable } from './gazetteer/pair-table';
import { TownLines } from './gazetteer/town-lines';

/** A phrase table keyed by the folded first word, longest phrases first. */
export type PhraseTable<T> = Map<string, { words: string[]; value: T }[]>;

function phraseTable<T>(entries: { phrase: string; value: T }[]): PhraseTable<T> {
  const table: PhraseTable<T> = new Map();
  for (const { phrase, value } of entries) {
    const words = fold(phrase).split(/\s+/).filter(Boolean);
    const first = words[0];
    if (!first) continue;
    const list = table.get(first) ?? [];
    list.push({ words, value });
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const weak = new Set(WEAK_INSTITUTION_HEADS.map(fold));
export const INSTITUTION_HEAD_TABLE = phraseTable([
  ...INSTITUTION_HEADS.filter((h) => !weak.has(fold(h.word))).map((h) => ({
    phrase: h.word,
    value: { kind: h.kind, lang: h.lang, word: h.word },
  })),
]);
/** Lower-case heads as written (accents matter: "secretaria" is a person, "secretaría" an office). */
export const LOWERCASE_HEAD_SET: ReadonlySet<string> = new Set(LOWERCASE_HEADS);
export const SUBUNIT_HEAD_SET: ReadonlySet<string> = new Set(SUBUNIT_HEADS.map(fold));

const EVENT_EXCLUDED = new Set([
  'catedra',
  'programa de intercambio',
  'intercambio',
  'consulta',
  'gira',
  'muestra',
]);
export const EVENT_NOUN_TABLE = phraseTable([
  ...EVENT_NOUNS.filter((e) => !EVENT_EXCLUDED.has(fold(e.word))).map((e) => ({
    phrase: e.word,
    value: e.lang,
  })),
  ...EXTRA_EVENT_NOUNS.map((e) => ({ phrase: e, value: 'es' as const })),
]);
/** Event nouns in running text that refer back to the event at hand ("el acto", "la ceremonia"). */
export const EVENT_ANAPHORS: ReadonlySet<string> = new Set([
  'acto',
  'evento',
  'ceremonia',
  'reunion',
  'encuentro',
  'lanzamiento',
  'campana',
  'event',
  'ceremony',
  'meeting',
  'apertura',
  'inauguracion',
  'panel',
  'sesion',
  'jornada',
  'foro',
  'cumbre',
  'summit',
  'forum',
]);

export const AGREEMENT_TABLE = phraseTable(AGREEMENT_NOUNS.map((a) => ({ phrase: a.phrase, value: a.kind })));
/** Single head words of agreement phrases ("convenio", "acuerdo", "accords"). */
export const AGREEMENT_HEADS: ReadonlySet<string> = new Set(
  AGREEMENT_NOUNS.map((a) => fold(a.phrase).split(/\s+/)[0] ?? '').filter(Boolean),
);

export const SIGNING_VERB_SET: ReadonlySet<string> = new Set(SIGNING_VERBS.map((v) => fold(v.form)));
export const HONORIFIC_TABLE = phraseTable(HONORIFICS.map((h) => ({ phrase: h.form, value: h.form })));
/** Honorific abbreviations with their dot ("dr.", "m.c."), for the tokenizer. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    ...HONORIFICS.filter((h) => h.form.endsWith('.')).map((h) => fold(h.form)),
    'no.',
    'núm.',
    'sec.',
    'av.',
    'st.',
    'jr.',
    'sr.',
    'u.s.',
    'd.c.',
    'etc.',
    'lic.',
    'arq.',
    'téc.',
    'prof.',
    // English month abbreviations in datelines ("Sept. 12, 2022")
    'jan.',
    'feb.',
    'apr.',
    'aug.',
    'sept.',
    'oct.',
    'nov.',
    'dec.',
  ].map(fold),
);

export const POST_TITLE_TABLE = phraseTable(POST_TITLES.map((p) => ({ phrase: p.title, value: p.title })));
export const NOT_NAME_SET: ReadonlySet<string> = new Set(NOT_NAMES.map(fold));
export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES.map(fold));
export const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES.map(fold));
const MONTH_ABBREVIATION_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** Month names, folded, with their number (1-12); "setiembre" too. */
/** Weekdays and months, folded: calendar words that end a name after a connector ("on Monday", "en Marzo"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...WEEKDAYS.es, ...WEEKDAYS.en, ...MONTHS.es, ...MONTHS.en].map(fold),
);
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ...MONTHS.es.map((m, k) => [fold(m), k + 1] as const),
  ...MONTHS.en.map((m, k) => [fold(m), k + 1] as const),
  ['setiembre', 9],
  // English wire abbreviations ("Sept. 12, 2022"); "mar" and "may" are words too and stay out
  ...Object.entries(MONTH_ABBREVIATION_NUMBER),
]);
export const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);
export const NOT_ACRONYM_SET: ReadonlySet<string> = new Set(NOT_ACRONYMS);

export const VENUE_TABLE = phraseTable(
  [...VENUE_HEADS, ...EXTRA_VENUES].map((v) => ({ phrase: v, value: v })),
);

export type { GazetteerEntry } from './gazetteer';

const PLACES: readonly GazetteerEntry[] = [...GAZETTEER.countries, ...GAZETTEER.regions];
/**
 * A phrase table of gazetteer entries, from the words they carry folded already. Among phrases of one
 * length, names come first (countries, regions, towns: "Puebla" is the state before the city), then
 * aliases, a region's last: "Seoul" is the city before the province GeoNames also calls "Seoul".
 */
function placeTable(
  names: readonly (readonly GazetteerEntry[])[],
  aliases: readonly (readonly GazetteerEntry[])[],
): PairTable<GazetteerEntry> {
  const table = new PairTable<GazetteerEntry>();
  for (const list of names) for (const value of list) table.add(value.words[0]!, value);
  for (const list of aliases)
    for (const value of list) for (const words of value.words.slice(1)) table.add(words, value);
  return table.seal();
}

/**
 * The known places: countries, regions and the towns that need no context (capitals, region seats,
 * large towns), every name and alias folded.
 */
export const PLACE_TABLE = placeTable(
  [GAZETTEER.countries, GAZETTEER.regions, GAZETTEER.towns],
  [GAZETTEER.countries, GAZETTEER.towns, GAZETTEER.regions],
);
/** The other towns: places only where the text expects one ("en Zapotlanejo", "Chinú, Córdoba"). */
export const TOWN_TABLE = new TownLines(GAZETTEER.otherTowns);
export const PLACE_BY_NAME: ReadonlyMap<string, GazetteerEntry> = new Map(
  [...PLACES, ...GAZETTEER.towns].reverse().map((p) => [p.words[0]!.join(' '), p]),
);
