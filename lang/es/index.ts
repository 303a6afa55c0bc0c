// The Spanish language pack.
import { languagePack } from '../pack';
import { LEXICON_ES } from './lexicon';
import { PARTICIPATION_CUE_ES, PARTICIPATION_ES } from './participation';
import { ROLE_CUE_ES, ROLES_ES } from './roles';
import { SIGNING_CUE_ES, SIGNING_ES } from './signing';

export const ES = languagePack({
  lang: 'es',
  lexicon: LEXICON_ES,
  signing: SIGNING_ES,
  signingCue: SIGNING_CUE_ES,
  roles: ROLES_ES,
  roleCue: ROLE_CUE_ES,
  participation: PARTICIPATION_ES,
  participationCue: PARTICIPATION_CUE_ES,
  conjunctions: ['y', 'e', 'como'],
});
