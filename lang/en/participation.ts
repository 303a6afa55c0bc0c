// English: who took part in an event. An act with someone's participation or presence, its speakers,
// two people meeting at an event. Each row is a rule; examples are invented.
import type { ParticipationRule } from '../types';

const WORD = '@inlist&!{Person}';
const PEOPLE = `(${WORD})* {Person} (${WORD}|{Person})*`;
const EVENT = 'The Second Lakeside Energy Conference was held at the Harbour Hall in Accra.';

/** Every rule needs one of these stems (folded): other sentences are not tagged. */
export const PARTICIPATION_CUE_EN =
  /\b(participation|presence|speakers|panelists|panellists|met|meets|hosted|co-hosted)\b/;

export const PARTICIPATION_EN: readonly ParticipationRule[] = [
  {
    reason: 'en-with-participation-of',
    match: `(with|featured|featuring|included) the (participation|presence) of [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} The opening session was held with the participation of Minister Grace Mensah.`,
    expect: { facts: ['PARTICIPATED_IN Grace Mensah -> Second Lakeside Energy Conference'], none: [] },
  },
  {
    // the hosts of an event take part in it
    reason: 'en-hosted-by',
    match: `(hosted|co-hosted) by [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} The dinner was hosted by Governor Paul Adeyemi.`,
    expect: { facts: ['PARTICIPATED_IN Paul Adeyemi -> Second Lakeside Energy Conference'], none: [] },
  },
  {
    reason: 'en-speakers-were',
    match: `(the)? (speakers|panelists|panellists) (were|will be|included|include|:) [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} The speakers were Grace Mensah and Paul Adeyemi.`,
    expect: {
      facts: [
        'PARTICIPATED_IN Grace Mensah -> Second Lakeside Energy Conference',
        'PARTICIPATED_IN Paul Adeyemi -> Second Lakeside Energy Conference',
      ],
      none: [],
    },
  },
  {
    reason: 'en-met-with',
    match: `[<who>{Person} (met|meets) (today|yesterday)? with (${WORD})* {Person}]`,
    emit: { who: 'who' },
    priority: 18,
    // the one who met is an attendee already (steps/08-settings.ts reads "met"); the rule adds the other
    example: `${EVENT} There Governor Paul Adeyemi met today with Minister Grace Mensah.`,
    expect: { facts: ['PARTICIPATED_IN Grace Mensah -> Second Lakeside Energy Conference'], none: [] },
  },
];
