// English: signers, witnesses and attendees. Witness cues name the people who witnessed a signing;
// attendance words name people who were there and signed nothing; denial, future and intention say
// that a signing word states no signing. Each row is a rule; examples are invented.
import type { SigningRule } from '../types';

// a list of names with their posts, as one group; a name is read only as a whole mention, so that
// the list has one reading and matching stays linear
const WORD = '@inlist&!{Person}';
const PEOPLE = `(${WORD})* {Person} (${WORD}|{Person})*`;
const PEOPLE_FIRST = `{Person} (${WORD}|{Person})*`;
// a phrase up to its comma that names no parties by "between" ("as part of the alliance between A and B,")
const FRAME = '(!,&!;&!:&!between)+';
const SIGN = 'Lakeside University and the Harbour Chamber of Commerce signed a memorandum of understanding.';

/** Every rule above needs one of these stems (folded): other sentences are not tagged. */
export const SIGNING_CUE_EN = /\bsign|\binked?\b|execut|witness|presen(ce|t\b)|attend|joined|accompan/;

export const SIGNING_EN: readonly SigningRule[] = [
  {
    reason: 'en-signing-denied',
    match:
      "((did|do|does|has|have|had|was|were|is|are|will|would|could|can) not|didn't|hasn't|haven't|won't|wasn't|weren't|never|cannot|can't) (be|been|yet|ever)* @signing",
    emit: { as: 'not-signed', why: 'negated' },
    priority: 50,
    example:
      'Officials of Lakeside University and the Harbour Chamber of Commerce met on Monday but did not sign any agreement.',
    expect: { facts: [], none: ['PARTY_TO Lakeside University -> <agreement>'] },
  },
  {
    reason: 'en-signing-without',
    match: 'without @signing',
    emit: { as: 'not-signed', why: 'negated' },
    priority: 50,
    example:
      'Lakeside University and the Harbour Chamber of Commerce ended the talks without signing the agreement.',
    expect: { facts: [], none: ['PARTY_TO Lakeside University -> <agreement>'] },
  },
  {
    reason: 'en-signing-future',
    match: '(will|shall|would|could|may|might) (be)? @signing',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example:
      'Lakeside University and the Harbour Chamber of Commerce will sign a memorandum of understanding in May.',
    expect: { facts: [], none: ['PARTY_TO Lakeside University -> <agreement>'] },
  },
  {
    reason: 'en-signing-intended',
    match:
      '(plan|plans|planned|expect|expects|expected|intend|intends|intended|hope|hopes|aim|aims|seek|seeks|going|set|scheduled|due|poised) to (be)? @signing',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example:
      'Lakeside University and the Harbour Chamber of Commerce are expected to sign a memorandum of understanding next year.',
    expect: { facts: [], none: ['PARTY_TO Lakeside University -> <agreement>'] },
  },
  {
    reason: 'en-witnessed-by',
    match: `(witnessed by|in the presence of|in presence of) [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 35,
    example: `${SIGN} The signing was witnessed by Mayor Helen Carter and David Osei.`,
    expect: {
      facts: ['WITNESSED_BY <agreement> -> Helen Carter', 'WITNESSED_BY <agreement> -> David Osei'],
      none: ['SIGNED Helen Carter -> <agreement>'],
    },
  },
  {
    reason: 'en-as-witnesses-then-names',
    match: `as (a|the)? honorary? (witness|witnesses) (were|was|:)? [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 34,
    example: `${SIGN} Signing as witnesses were Mayor Helen Carter and David Osei.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> David Osei'], none: ['SIGNED David Osei -> <agreement>'] },
  },
  {
    reason: 'en-names-as-witnesses',
    match: `[<who>${PEOPLE_FIRST}] (served|acted|signed|stood|was present|were present) as (a|the)? honorary? (witness|witnesses)`,
    emit: { as: 'witness', who: 'who' },
    priority: 34,
    example: `${SIGN} Mayor Helen Carter served as a witness.`,
    expect: {
      facts: ['WITNESSED_BY <agreement> -> Helen Carter'],
      none: ['SIGNED Helen Carter -> <agreement>'],
    },
  },
  {
    reason: 'en-names-witnessed',
    match: `[<who>${PEOPLE_FIRST}] also? witnessed !by`,
    emit: { as: 'witness', who: 'who' },
    priority: 32,
    example: `${SIGN} Mayor Helen Carter witnessed the ceremony.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Helen Carter'], none: [] },
  },
  {
    reason: 'en-name-witness-apposition',
    match: '[<who>{Person}] , (@post&!{Person})* (a|an|the)? honorary? witness',
    emit: { as: 'witness', who: 'who', pick: 'last' },
    priority: 30,
    example: `${SIGN} Present was Helen Carter, a witness to the signing.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Helen Carter'], none: [] },
  },
  {
    reason: 'en-signing-noun-by',
    match: `signing of (@inlist&!{Person}&!/^\\W+$/)* by [<who>${PEOPLE}]`,
    emit: { as: 'signer', who: 'who' },
    priority: 25,
    example:
      'The signing of the memorandum of understanding between Lakeside University and the Harbour Chamber of Commerce by Rector Helen Carter and President David Osei took place on Monday.',
    expect: {
      facts: ['SIGNED Helen Carter -> <agreement>', 'SIGNED David Osei -> <agreement>'],
      none: [],
    },
  },
  {
    // "signed an agreement with the president of Lakeside University, X": the counterpart signs too
    // (the subject is read by the clause reader)
    reason: 'en-signed-with-post-holder',
    match: `@signing (${WORD})* with the @posthead (${WORD})* [<who>{Person}]`,
    emit: { as: 'signer', who: 'who' },
    priority: 25,
    example:
      'Mayor Helen Carter signed a memorandum of understanding with the President of Lakeside University, David Osei.',
    expect: {
      facts: ['SIGNED David Osei -> <agreement>'],
      none: [],
    },
  },
  {
    reason: 'en-attending-were',
    match: `also? (attending|present|in attendance) (were|was|:) [<who>${PEOPLE}]`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example: `${SIGN} Also attending were Councillor Grace Mensah and Professor Paul Adeyemi.`,
    expect: {
      facts: [],
      none: ['SIGNED Grace Mensah -> <agreement>', 'WITNESSED_BY <agreement> -> Grace Mensah'],
    },
  },
  {
    reason: 'en-attended-by',
    match: `(attended by|joined by|accompanied by) [<who>${PEOPLE}]`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example:
      'Lakeside University and the Harbour Chamber of Commerce signed a memorandum of understanding at a ceremony attended by Councillor Grace Mensah.',
    expect: { facts: [], none: ['SIGNED Grace Mensah -> <agreement>'] },
  },
  {
    reason: 'en-names-attended',
    match: `[<who>${PEOPLE_FIRST}] also? (attended|joined|accompanied)`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example:
      'Councillor Grace Mensah attended the signing of the memorandum of understanding between Lakeside University and the Harbour Chamber of Commerce.',
    expect: { facts: [], none: ['SIGNED Grace Mensah -> <agreement>'] },
  },
  {
    // who backs, hosts or frames a signing is named before the signers and signs nothing
    reason: 'en-signing-backed-by',
    match: `(with|under) the (financial|technical)? (support|backing|sponsorship|auspices|patronage|facilitation|assistance|help|mediation|endorsement) of [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'With the support of the Regional Development Agency, Lakeside University and the Harbour Chamber of Commerce signed a memorandum of understanding.',
    expect: {
      facts: ['SIGNED_WITH Lakeside University -> Harbour Chamber of Commerce'],
      none: ['PARTY_TO Regional Development Agency -> <agreement>'],
    },
  },
  {
    reason: 'en-signing-framed-by',
    match: `(as part of|within the framework of|in the framework of|under the framework of|in the context of) [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'As part of the exchange programme of the Ministry of Trade, Lakeside University and the Harbour Chamber of Commerce signed a memorandum of understanding.',
    expect: {
      facts: ['SIGNED_WITH Lakeside University -> Harbour Chamber of Commerce'],
      none: ['PARTY_TO Ministry of Trade -> <agreement>'],
    },
  },
  {
    reason: 'en-signing-hosted-by',
    match: `(hosted|organised|organized|sponsored|facilitated|convened|brokered|funded|supported|backed) by [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'At a ceremony hosted by the Regional Development Agency, Lakeside University and the Harbour Chamber of Commerce signed a memorandum of understanding.',
    expect: {
      facts: ['SIGNED_WITH Lakeside University -> Harbour Chamber of Commerce'],
      none: ['PARTY_TO Regional Development Agency -> <agreement>'],
    },
  },
];
