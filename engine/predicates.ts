// Builders for named predicates: a language pack names the words, the engine makes the test.
import type { Predicate } from './pattern';
import { fold } from './fold';

/** True for a token whose folded form is one of `words`. */
export function oneOf(words: Iterable<string>): Predicate {
  const set = new Set([...words].map(fold));
  return (t) => set.has(t.f);
}

/**
 * A token that can sit inside a list of names and their posts: no verb (an acronym the tagger took
 * for one is none), no clause break, no semicolon or colon. Rules run inside one sentence, so a
 * full stop there is an abbreviation's ("Ing. Guillermo Valdés").
 */
export function inList(breaks: Iterable<string>): Predicate {
  const set = new Set([...breaks].map(fold));
  const acronym = (s: string) => s.length > 1 && s === s.toUpperCase();
  return (t) => (!t.tags.has('Verb') || acronym(t.text)) && !set.has(t.f) && !/^[;:!?]$/.test(t.f);
}
