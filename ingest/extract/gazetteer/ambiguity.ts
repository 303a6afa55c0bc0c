// Which place names need context, by rule rather than by hand: a name that is also a word or a
// person's name ("Victoria", "Esperanza", "Salto", "Benito Juárez") needs a strong cue; a small town,
// or one of many towns of the same name ("San Pedro"), needs a place-expecting cue; the larger cities,
// capitals and region seats need none.
import { taggerOf } from '../../../engine/nlp';
import { AGREEMENT_NOUNS } from '../lexicon/agreement-nouns';
import { EVENT_NOUNS } from '../lexicon/event-nouns';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { INSTITUTION_HEADS } from '../lexicon/institution-heads';
import { MONTHS } from '../lexicon/months';
import { NOT_NAMES } from '../lexicon/not-names';
import { POST_TITLES } from '../lexicon/post-titles';
import { SURNAMES } from '../lexicon/surnames';
import { VENUE_HEADS } from '../lexicon/venue-heads';
import { fold } from '../text';
import type { Ambiguity } from './types';

interface LexiconModel {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

/** A town this size or larger is known well enough to be read anywhere. */
export const LARGE_TOWN = 100_000;
/** So many towns share a name that it names none in particular. */
export const MANY_TOWNS = 5;
/** Unless the largest of them is this big. */
export const HUGE_TOWN = 1_000_000;

/** Connecting words inside place names; they say nothing about the name being a word. */
const PLACE_FUNCTION_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'the', 'of', 'and']);
/** A saint's name makes a place or an institution, never a person: "San José", "Santa Rosa". */
const SAINT = /^(san|santa|santo|sao|saint|st\.?|sainte)$/;
/**
 * Compromise tags that make a word one a capitalised place name could be mistaken for: nouns,
 * adjectives and the like. Verb forms ("quito", "salto", "porto") are left out: a capitalised one in
 * running text is a name.
 */
const WORD_TAGS = /^(Noun|Singular|Plural|Adjective|Adverb|Honorific|Month|WeekDay|Demonym)$/;
const GIVEN_TAGS = /^(FirstName|MaleName|FemaleName)$/;

const hasTag = (tags: string | string[], re: RegExp): boolean =>
  (Array.isArray(tags) ? tags : tags.split(',')).some((t) => re.test(t.trim()));

/** Folded words and names, from the project's lexicons and compromise's. */
export interface Words {
  /** Common words: "esperanza", "central", "union". */
  words: ReadonlySet<string>;
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

export function wordSets(): Words {
  const given = new Set(GIVEN_NAMES.map(fold));
  const surnames = new Set(SURNAMES.map(fold));
  const words = new Set<string>();
  const addAll = (list: readonly string[]) => {
    for (const w of list) words.add(fold(w));
  };
  addAll(NOT_NAMES);
  addAll(VENUE_HEADS);
  addAll(POST_TITLES.map((p) => p.title));
  addAll(INSTITUTION_HEADS.map((h) => h.word));
  addAll(EVENT_NOUNS.map((e) => e.word));
  addAll(AGREEMENT_NOUNS.map((a) => a.phrase));
  addAll([...MONTHS.es, ...MONTHS.en]);
  for (const lexicon of (['en', 'es'] as const).map(
    (lang) => (taggerOf(lang) as LexiconModel).model().one.lexicon,
  )) {
    for (const [word, tags] of Object.entries(lexicon)) {
      if (hasTag(tags, GIVEN_TAGS)) given.add(fold(word));
      else if (hasTag(tags, WORD_TAGS)) words.add(fold(word));
    }
  }
  return { words, given, surnames };
}

/**
 * Also a word or a person's name: a one-word name that is a word or a given name ("Victoria",
 * "Central"), or a surname too when `surnames`; an article and a word ("La Réunion"); a longer name
 * made only of given names and surnames
 * opening with a given name ("Benito Juárez"), saints' names aside ("San José").
 */
export function isWordLike(name: string, w: Words, surnames: boolean): boolean {
  const tokens = fold(name)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (tokens.length === 1) {
    const t = tokens[0]!;
    return w.words.has(t) || w.given.has(t) || (surnames && w.surnames.has(t));
  }
  if (SAINT.test(tokens[0] ?? '')) return false;
  const parts = tokens.filter((p) => !PLACE_FUNCTION_WORDS.has(p));
  // "La Réunion" is also "la reunión", "El Progreso" also "el progreso"
  if (parts.length === 1 && w.words.has(parts[0]!)) return true;
  return (
    parts.length >= 2 && w.given.has(parts[0]!) && parts.every((p) => w.given.has(p) || w.surnames.has(p))
  );
}

export interface TownFacts {
  name: string;
  population: number;
  capital: boolean;
  regionSeat: boolean;
  /** How many towns of the gazetteer share the folded name. */
  namesakes: number;
}

/**
 * A capital, a region's seat or a large town is known: it needs a cue only when also a word or a
 * given name ("en Santiago"); a surname does not stop it ("Lima", "Toledo"). A small town that is
 * also a word or a name needs a strong cue; any other small town, a place-expecting one.
 */
export function townAmbiguity(t: TownFacts, w: Words): Ambiguity {
  const known = t.capital || t.regionSeat || t.population >= LARGE_TOWN;
  if (known) {
    if (isWordLike(t.name, w, false)) return 'minor';
    const common = t.namesakes >= MANY_TOWNS && t.population < HUGE_TOWN && !t.capital && !t.regionSeat;
    return common ? 'minor' : 'none';
  }
  return isWordLike(t.name, w, true) ? 'word' : 'minor';
}

/**
 * Countries and regions are known places: when also a word or a given name ("Mauricio", "Central")
 * they still count after "en" or before ", <Country>", never as a name's first word.
 */
export function areaAmbiguity(name: string, w: Words): Ambiguity {
  return isWordLike(name, w, false) ? 'minor' : 'none';
}
