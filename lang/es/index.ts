// The Spanish language pack.
import { languagePack } from '../pack';
import { LEXICON_ES } from './lexicon';
import { SIGNING_CUE_ES, SIGNING_ES } from './signing';

export const ES = languagePack({
  lang: 'es',
  lexicon: LEXICON_ES,
  signing: SIGNING_ES,
  signingCue: SIGNING_CUE_ES,
  conjunctions: ['y', 'e', 'como'],
});
