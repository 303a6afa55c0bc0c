// A sentence tagged by compromise, once per document: the signing, role and participation rules read
// the same sentences, and tagging is the dear part of running them.
import type { TaggedText } from '../../../../engine';
import type { Sentence, Work } from '../../types';
import { tag } from '../../../../engine';

export function taggedSentence(w: Work, s: Sentence): TaggedText {
  const cache = (w.tagged ??= new Map<number, TaggedText>());
  let t = cache.get(s.index);
  if (!t) {
    t = tag(s.text, w.lang, s.start);
    cache.set(s.index, t);
  }
  return t;
}
