// English: posts and the body they belong to, where the hand-written readers (steps/roles) miss them:
// the body and its acronym before the post ("Harbour Chamber of Commerce (HCC) president X"), a body
// and who leads it ("the Council, chaired by X"). Each row is a rule; examples are invented.
import type { RoleRule } from '../types';

const POST_WORD = '@inlist&!{Person}&!{Institution}&!/^\\W+$/';
const POST = `@posthead (${POST_WORD})*`;
const NAME = '(@honorific /^[.]$/?)? [<who>{Person}]';

/** Every rule needs one of these words (folded): other sentences are not tagged. */
export const ROLE_CUE_EN = /\(|\b(led|chaired|headed|directed)\b/;

export const ROLES_EN: readonly RoleRule[] = [
  {
    reason: 'en-body-acronym-post-name',
    match: `[<at>{Institution}] /^\\($/ {Institution} /^\\)$/ [<post>@posthead @posthead?] ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 30,
    example:
      'The mayor and Harbour Chamber of Commerce (HCC) president Grace Mensah opened the new port office.',
    expect: { facts: ['HOLDS_ROLE Grace Mensah -> Harbour Chamber of Commerce'], none: [] },
  },
  {
    reason: 'en-body-led-by',
    match: `[<at>{Institution}] ,? (led|chaired|headed|directed) by (the|its)? (#Adjective|,|and)* ([<post>${POST}] ,?)? ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 26,
    example:
      'The plan was drafted by the Harbour Chamber of Commerce, led by its tireless Executive Director, Dr. Paul Adeyemi.',
    expect: { facts: ['HOLDS_ROLE Paul Adeyemi -> Harbour Chamber of Commerce'], none: [] },
  },
];
