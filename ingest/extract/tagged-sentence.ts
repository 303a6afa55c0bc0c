// A sentence as the rule tables read it, once per document: the signing, role and participation rules
// read the same sentences. Its tokens are step 2's, each word with the tags it has alone (the rules
// test a word's own tags: a verb, its tense), which costs a fifth of tagging in context.
import type { TaggedText } from '../../engine';
import type { Sentence, Work } from './types';
import { tagTokens } from '../../engine';

export function taggedSentence(w: Work, s: Sentence): TaggedText {
  const cache = (w.tagged ??= new Map<number, TaggedText>());
  let t = cache.get(s.index);
  if (!t) {
    t = tagTokens(s.text, w.tokens.slice(s.tokStart, s.tokEnd), w.lang);
    cache.set(s.index, t);
  }
  return t;
}
