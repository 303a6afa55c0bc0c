// The English language pack.
import { inList, oneOf } from '../../engine';
import type { LangPack } from '../types';
import { SIGNING_VERBS } from '../../ingest/extract/lexicon/signing-verbs';
import { CLAUSE_BREAKS } from '../../ingest/extract/model/extra-words';
import { LEXICON_EN } from './lexicon';
import { SIGNING_CUE_EN, SIGNING_EN } from './signing';

export const EN: LangPack = {
  lang: 'en',
  lexicon: LEXICON_EN,
  predicates: {
    signing: oneOf(SIGNING_VERBS.filter((v) => v.lang === 'en').map((v) => v.form)),
    inlist: inList(CLAUSE_BREAKS),
    // a post between a name and its apposition: no second name joined by a conjunction
    post: inList([...CLAUSE_BREAKS, ...['and', 'as']]),
  },
  signing: SIGNING_EN,
  signingCue: SIGNING_CUE_EN,
};
