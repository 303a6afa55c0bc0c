// The English language pack.
import { languagePack } from '../pack';
import { LEXICON_EN } from './lexicon';
import { SIGNING_CUE_EN, SIGNING_EN } from './signing';

export const EN = languagePack({
  lang: 'en',
  lexicon: LEXICON_EN,
  signing: SIGNING_EN,
  signingCue: SIGNING_CUE_EN,
  conjunctions: ['and', 'as'],
});
