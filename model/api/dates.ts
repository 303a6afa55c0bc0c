// Date filters as documents state dates: a year, a year-month or a day. One rule for every endpoint
// that filters by date (agreements, the timeline, documents), stated once in DATE_RANGE_RULE.
import { z } from 'zod';

/** A date bound as a researcher writes it: 2014, 2014-05 or 2014-05-09 (month 01-12, day 01-31). */
export const DateBound = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date as YYYY, YYYY-MM or YYYY-MM-DD (month 01-12, day 01-31)',
  )
  .meta({ example: '2014-05' });

/** How a range filter treats dates of different precision (quoted in each route's description). */
export const DATE_RANGE_RULE =
  'A date stands for its whole period: `2014` is 2014-01-01..2014-12-31, `2014-05` is the month. `from` ' +
  'and `to` take the same forms and are inclusive (`to=2014-05` runs to 2014-05-31). An item matches when ' +
  'its whole period lies within the range, so an agreement dated only `2014` matches `from=2014` but not ' +
  '`from=2014-05`: the range keeps what is known to fall in it. Undated items match no range.';

export const DateRangeParams = {
  from: DateBound.optional().meta({
    description: 'Only items dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).',
  }),
  to: DateBound.optional().meta({
    description: 'Only items dated on or before this (inclusive: `to=2014` runs to 2014-12-31).',
  }),
};
