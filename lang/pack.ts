// The one way a language pack is put together: its lexicon, its signing rules and the few words the
// rules' predicates need. Each language folder gives only what differs.
import type { Lang } from '../engine';
import type { LangPack, SigningRule } from './types';
import { inList, oneOf } from '../engine';
import { SIGNING_VERBS } from '../ingest/extract/lexicon/signing-verbs';
import { CLAUSE_BREAKS } from '../ingest/extract/model/extra-words';

export interface PackParts {
  lang: Lang;
  lexicon: LangPack['lexicon'];
  signing: readonly SigningRule[];
  signingCue: RegExp;
  /** Conjunctions that join a second name to the first: no post stands between them. */
  conjunctions: string[];
}

/**
 * A language pack from its parts.
 * @example languagePack({ lang: 'es', lexicon: LEXICON_ES, signing: SIGNING_ES, signingCue, conjunctions: ['y'] })
 */
export function languagePack(p: PackParts): LangPack {
  return {
    lang: p.lang,
    lexicon: p.lexicon,
    predicates: {
      signing: oneOf(SIGNING_VERBS.filter((v) => v.lang === p.lang).map((v) => v.form)),
      inlist: inList(CLAUSE_BREAKS),
      // a post between a name and its apposition: no second name joined by a conjunction
      post: inList([...CLAUSE_BREAKS, ...p.conjunctions]),
    },
    signing: p.signing,
    signingCue: p.signingCue,
  };
}
