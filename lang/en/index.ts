// The English language pack.
import { languagePack } from '../pack';
import { LEXICON_EN } from './lexicon';
import { PARTICIPATION_CUE_EN, PARTICIPATION_EN } from './participation';
import { ROLE_CUE_EN, ROLES_EN } from './roles';
import { SIGNING_CUE_EN, SIGNING_EN } from './signing';

export const EN = languagePack({
  lang: 'en',
  lexicon: LEXICON_EN,
  signing: SIGNING_EN,
  signingCue: SIGNING_CUE_EN,
  roles: ROLES_EN,
  roleCue: ROLE_CUE_EN,
  participation: PARTICIPATION_EN,
  participationCue: PARTICIPATION_CUE_EN,
  conjunctions: ['and', 'as'],
});
