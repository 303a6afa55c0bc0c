// The Spanish language pack.
import { inList, oneOf } from '../../engine';
import type { LangPack } from '../types';
import { SIGNING_VERBS } from '../../ingest/extract/lexicon/signing-verbs';
import { CLAUSE_BREAKS } from '../../ingest/extract/model/extra-words';
import { LEXICON_ES } from './lexicon';
import { SIGNING_CUE_ES, SIGNING_ES } from './signing';

export const ES: LangPack = {
  lang: 'es',
  lexicon: LEXICON_ES,
  predicates: {
    signing: oneOf(SIGNING_VERBS.filter((v) => v.lang === 'es').map((v) => v.form)),
    inlist: inList(CLAUSE_BREAKS),
    // a post between a name and its apposition: no second name joined by a conjunction
    post: inList([...CLAUSE_BREAKS, ...['y', 'e', 'como']]),
  },
  signing: SIGNING_ES,
  signingCue: SIGNING_CUE_ES,
};
