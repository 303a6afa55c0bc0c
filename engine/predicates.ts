// Builders for named predicates: a language pack names the words, the engine makes the test.
import type { Predicate } from './pattern';
import type { Tok } from './types';
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
  return (t, i, toks) =>
    (!t.tags.has('Verb') || t.tags.has('Gerund') || capitalised(t.text) || pluralNoun(t, i, toks)) &&
    !set.has(t.f) &&
    !/^[;:!?]$/.test(t.f);
}

/**
 * An English word in -s that a word read alone calls a verb is a plural noun inside a complement of
 * "of" or "for": "director of community services", "Minister for Parks and Works".
 */
function pluralNoun(t: Tok, i: number, toks: readonly Tok[] | undefined): boolean {
  if (!toks || !t.tags.has('PresentTense') || !t.f.endsWith('s')) return false;
  // back over the nouns and adjectives that qualify it ("of community services", "and public works")
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const before = toks[k];
    if (!before) return false;
    if (/^(of|for|and|&)$/.test(before.f)) return true;
    if (!before.tags.has('Noun') && !before.tags.has('Adjective')) return false;
  }
  return false;
}
