// Builders for named predicates: a language pack names the words, the engine makes the test.
import type { Predicate } from './pattern';
import { fold } from '../model/fold';

/** True for a token whose folded form is one of `words`. */
export function oneOf(words: Iterable<string>): Predicate {
  const set = new Set([...words].map(fold));
  return (t) => set.has(t.f);
}

/**
 * A token that can sit inside a list of names and their posts: no verb, no clause break, no
 * semicolon or colon. A capitalised word is a name's or a title's ("Minister of Housing", "Obras
 * Públicas", an acronym), whatever its tags: the verb that ends a list is written in lower case; and
 * it is a finite one, not a form in -ing that is a noun as often ("memorandum of understanding").
 * Rules run inside one sentence, so a full stop there is an abbreviation's ("Ing. Guillermo Valdés").
 */
export function inList(breaks: Iterable<string>): Predicate {
  const set = new Set([...breaks].map(fold));
  const capitalised = (s: string) => /^\p{Lu}/u.test(s);
  return (t) =>
    (!t.tags.has('Verb') || t.tags.has('Gerund') || capitalised(t.text)) &&
    !set.has(t.f) &&
    !/^[;:!?]$/.test(t.f);
}
