// English: posts and the body they belong to, where the hand-written readers (steps/roles) miss them:
// the body and its acronym before the post ("Harbour Chamber of Commerce (HCC) president X"), a body
// and who leads it ("the Council, chaired by X"). Each row is a rule; examples are invented.
import type { RoleRule } from '../types';

const POST_WORD = '@inlist&!{Person}&!{Institution}&!/^\\W+$/';
const POST = `@posthead (${POST_WORD})*`;
const NAME = '(@honorific /^[.]$/?)? [<who>{Person}]';

// the possessive of a body ("Harbour Foundation's"), as the tokenizer splits it
const POSS = "/^['’]s$/";
const THE = '(the|its|a|an)?';

/** Every rule needs one of these words (folded): other sentences are not tagged. */
export const ROLE_CUE_EN = /\(|['’]s\b|\b(led|chaired|headed|directed|at|with|who|representing|of)\b/;

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
  {
    // a post at a body after the name: "at" and "with" say where the post is held
    reason: 'en-name-post-at-body',
    match: `[<who>{Person}] , ${THE} [<post>${POST}] (at|with) (the)? [<at>{Institution}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example:
      'The report was presented by Nadia Rahman, a senior director at the Coastal Research Institute, on Monday.',
    expect: { facts: ['HOLDS_ROLE Nadia Rahman -> Coastal Research Institute'], none: [] },
  },
  {
    reason: 'en-body-possessive-post-then-name',
    match: `[<at>{Institution}] ${POSS} [<post>${POST}] ,? ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example: "The Coastal Research Institute's executive director, Nadia Rahman, opened the new laboratory.",
    expect: { facts: ['HOLDS_ROLE Nadia Rahman -> Coastal Research Institute'], none: [] },
  },
  {
    reason: 'en-name-body-possessive-post',
    match: `[<who>{Person}] , (the)? [<at>{Institution}] ${POSS} [<post>${POST}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example: "Nadia Rahman, the Coastal Research Institute's executive director, opened the new laboratory.",
    expect: { facts: ['HOLDS_ROLE Nadia Rahman -> Coastal Research Institute'], none: [] },
  },
  {
    // "X, who is president of Y", "X, who serves as chair of Y"
    reason: 'en-name-who-is-post-of-body',
    match: `[<who>{Person}] , who (is|was|serves as|served as|has been) ${THE} [<post>${POST}] (of|at|for) (the)? [<at>{Institution}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example: 'The award went to Daniel Foster, who serves as president of the National Water Agency.',
    expect: { facts: ['HOLDS_ROLE Daniel Foster -> National Water Agency'], none: [] },
  },
  {
    // "X, who heads Y", "X, representing Y": the body the person leads or speaks for
    reason: 'en-name-who-leads-body',
    match: `[<who>{Person}] , (who (heads|leads|chairs|directs|runs|manages|represents)|representing) (the)? [<at>{Institution}]`,
    emit: { who: 'who', at: 'at' },
    priority: 22,
    example:
      'The plan was welcomed by Daniel Foster, who heads the National Water Agency, and by local growers.',
    expect: { facts: ['HOLDS_ROLE Daniel Foster -> National Water Agency'], none: [] },
  },
  {
    // a title before the name, the body after it: "Chief X of the Y", "President X of the Y"
    reason: 'en-post-name-of-body',
    match: `[<post>@posthead @posthead?] [<who>{Person}] of (the)? [<at>{Institution}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 22,
    example: 'The signing was witnessed by Chief Daniel Foster of the National Water Agency.',
    expect: { facts: ['HOLDS_ROLE Daniel Foster -> National Water Agency'], none: [] },
  },
  {
    // "signed on behalf of the X by its Director-General, Dr Y": the body and its own post
    reason: 'en-for-body-by-its-post',
    match: `(on behalf of|for) (the)? [<at>{Institution}] by (its|their) [<post>${POST}] ,? ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example:
      'The memorandum was signed on behalf of the Coastal Health Authority by its Director-General, Dr Ama Mensah.',
    expect: { facts: ['HOLDS_ROLE Ama Mensah -> Coastal Health Authority'], none: [] },
  },
];
