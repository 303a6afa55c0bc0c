// Date range filters over dates of mixed precision (YYYY, YYYY-MM, YYYY-MM-DD strings), as Cypher
// predicates that a range index on the property can serve. The rule (DATE_RANGE_RULE): an item
// matches when its whole period lies within the range.
import { HttpProblem } from '../http/problem';

export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * The first day of the period a date names, as YYYY-MM-DD text.
 * @example periodStart('2014') // '2014-01-01'
 */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * The last day of the period, as text that sorts at or after every day in it ('-31' for any month
 * sorts after its last day and before the next month's first).
 * @example periodEnd('2014-02') // '2014-02-31'
 */
export function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Cypher: the start of the period of date expression `d`. */
export function startOf(d: string): string {
  return `CASE size(${d}) WHEN 4 THEN ${d} + '-01-01' WHEN 7 THEN ${d} + '-01' ELSE ${d} END`;
}

/** Cypher: the end of the period of date expression `d`. */
export function endOf(d: string): string {
  return `CASE size(${d}) WHEN 4 THEN ${d} + '-12-31' WHEN 7 THEN ${d} + '-31' ELSE ${d} END`;
}

/** Refuses a range that ends before it starts, naming both fields. */
export function checkRange(range: DateRange): void {
  if (range.from && range.to && periodStart(range.from) > periodEnd(range.to)) {
    throw new HttpProblem(
      400,
      'Invalid request',
      `query.from (${range.from}) is after query.to (${range.to}); swap them or widen the range.`,
      { errors: [{ path: 'query.from', message: 'must not be after query.to' }] },
    );
  }
}

/**
 * Predicates on property `prop` (e.g. 'a.date') for a range, and their parameters. The first two compare
 * the raw value, so that the property's range index narrows the scan: a date whose period starts on or
 * after `from` is, as text, at least `from`'s year; one whose period ends by `to` is, as text, at most
 * `to`'s end. The others compare whole periods.
 * @example dateRangePredicates('a.date', { from: '2014-05' }).where
 *   // ["a.date >= $dateFromYear", "CASE size(a.date) … END >= $dateFrom"]
 */
export function dateRangePredicates(
  prop: string,
  range: DateRange,
): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (range.from) {
    where.push(`${prop} >= $dateFromYear`, `${startOf(prop)} >= $dateFrom`);
    params.dateFromYear = range.from.slice(0, 4);
    params.dateFrom = periodStart(range.from);
  }
  if (range.to) {
    where.push(`${prop} <= $dateTo`, `${endOf(prop)} <= $dateTo`);
    params.dateTo = periodEnd(range.to);
  }
  return { where, params };
}
