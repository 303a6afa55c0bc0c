// Agreements: the filtered list (by date, undated last) and the timeline (agreements per month or
// year), both from one filtered MATCH (agreement-filters.ts); the list in the date index's order when
// nothing but dates and kinds filter it.
import type { AgreementList, AgreementSummary, Timeline } from '../../model/api/agreements';
import type { Gateway } from '../db';
import { agreementMatch, type AgreementFilters, type AgreementMatch } from './agreement-filters';
import { agreementSummaryOf, byDate } from './agreement-summary';

interface Page {
  total: number;
  items: AgreementSummary[];
}

export interface ListOptions {
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  timeoutMs?: number;
}

/** A page of agreements from any match: all of them sorted, then cut. */
async function pageOfMatch(gateway: Gateway, match: AgreementMatch, options: ListOptions): Promise<Page> {
  const query = `${match.cypher}
WITH a ORDER BY ${byDate('a', options.order)}
WITH collect(a) AS hits
WITH size(hits) AS total, hits[toInteger($offset)..toInteger($offset + $limit)] AS page
RETURN total, [ag IN page | ${agreementSummaryOf('ag')}] AS items`;
  const { rows } = await gateway.read<Page>(
    query,
    { ...match.params, offset: options.offset, limit: options.limit },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'agreements' } },
  );
  return rows[0] ?? { total: 0, items: [] };
}

/**
 * A page of agreements found by a label scan with predicates, read in the date index's order: the dated
 * ones first (the index serves the order, so the page costs its own rows, not a sort of all of them),
 * then the undated. Two round trips: the counts, then the page (none when it lies past the end).
 */
async function pageInDateOrder(
  gateway: Gateway,
  match: AgreementMatch & { labelScan: { where: string[] } },
  options: ListOptions,
): Promise<Page> {
  const where = (extra: string) => `WHERE ${[extra, ...match.labelScan.where].join('\n  AND ')}`;
  const meta = { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'agreements' } };
  // Undated ones are counted as the rest: `a.date IS NULL` has no index, while the count of all of
  // them comes from the count store when nothing filters.
  const all = match.labelScan.where.length
    ? `MATCH (a:Agreement) ${where('true')} RETURN count(a) AS total`
    : 'RETURN COUNT { (:Agreement) } AS total';
  const { rows: counts } = await gateway.read<{ dated: number; total: number }>(
    `CALL { MATCH (a:Agreement) ${where('a.date IS NOT NULL')} RETURN count(a) AS dated }
CALL { ${all} }
RETURN dated, total`,
    match.params,
    meta,
  );
  const { dated, total } = counts[0] ?? { dated: 0, total: 0 };
  const datedSkip = Math.min(options.offset, dated);
  const datedLimit = Math.max(0, Math.min(options.limit, dated - options.offset));
  const undatedSkip = Math.max(0, options.offset - dated);
  const undatedLimit = Math.min(options.limit - datedLimit, total - dated - undatedSkip);
  const parts: string[] = [];
  if (datedLimit > 0) {
    parts.push(`MATCH (a:Agreement) ${where('a.date IS NOT NULL')}
WITH a ORDER BY ${byDate('a', options.order, false)} SKIP toInteger($datedSkip) LIMIT toInteger($datedLimit)
RETURN 'dated' AS part, collect(${agreementSummaryOf('a')}) AS items`);
  }
  // Only a page reaching past the dated ones reads the undated (a scan of the label).
  if (undatedLimit > 0) {
    parts.push(`MATCH (a:Agreement) ${where('a.date IS NULL')}
WITH a ORDER BY toLower(a.name), a.id SKIP toInteger($undatedSkip) LIMIT toInteger($undatedLimit)
RETURN 'undated' AS part, collect(${agreementSummaryOf('a')}) AS items`);
  }
  if (!parts.length) return { total, items: [] };
  const { rows } = await gateway.read<{ part: 'dated' | 'undated'; items: AgreementSummary[] }>(
    parts.join('\nUNION ALL\n'),
    { ...match.params, datedSkip, datedLimit, undatedSkip, undatedLimit },
    meta,
  );
  const part = (name: string) => rows.find((r) => r.part === name)?.items ?? [];
  return { total, items: [...part('dated'), ...part('undated')] };
}

/**
 * @example await listAgreements(gateway, { institution: ['institution:instituto-mexicano-del-seguro-social'] },
 *   { order: 'asc', limit: 50, offset: 0 }) // IMSS's agreements, oldest first
 */
export async function listAgreements(
  gateway: Gateway,
  filters: AgreementFilters,
  options: ListOptions,
): Promise<AgreementList> {
  const page = { limit: options.limit, offset: options.offset };
  const match = agreementMatch(filters);
  if (!match) return { items: [], total: 0, ...page, nextOffset: null };
  const { total, items } = match.labelScan
    ? await pageInDateOrder(gateway, { ...match, labelScan: match.labelScan }, options)
    : await pageOfMatch(gateway, match, options);
  const next = options.offset + items.length;
  return { items, total, ...page, nextOffset: next < total ? next : null };
}

interface BucketRow {
  kind: 'bucket' | 'yearOnly' | 'undated';
  period: string | null;
  count: number;
}

/**
 * Agreements per period. By month, an agreement dated only by year is in no month: it is counted per
 * year in `yearOnly` (neither in a bucket nor undated).
 * @example await agreementTimeline(gateway, 'year', {}) // { buckets: [{ period: '2015', count: 3 }], undated: 2, … }
 */
export async function agreementTimeline(
  gateway: Gateway,
  granularity: 'month' | 'year',
  filters: AgreementFilters,
  options: { timeoutMs?: number } = {},
): Promise<Timeline> {
  const match = agreementMatch(filters);
  const timeline: Timeline = { granularity, buckets: [], yearOnly: [], undated: 0, total: 0 };
  if (!match) return timeline;
  const query = `${match.cypher}
WITH CASE WHEN a.date IS NULL OR toString(a.date) = '' THEN null ELSE toString(a.date) END AS dt
WITH CASE WHEN dt IS NULL THEN 'undated' WHEN $granularity = 'year' OR size(dt) >= 7 THEN 'bucket' ELSE 'yearOnly' END AS kind,
  CASE WHEN dt IS NULL THEN null WHEN $granularity = 'year' OR size(dt) < 7 THEN substring(dt, 0, 4)
    ELSE substring(dt, 0, 7) END AS period
RETURN kind, period, count(*) AS count ORDER BY period`;
  const { rows } = await gateway.read<BucketRow>(
    query,
    { ...match.params, granularity },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'agreement-timeline' } },
  );
  for (const row of rows) {
    timeline.total += row.count;
    if (row.kind === 'undated') timeline.undated += row.count;
    else
      (row.kind === 'bucket' ? timeline.buckets : timeline.yearOnly).push({
        period: row.period!,
        count: row.count,
      });
  }
  return timeline;
}
