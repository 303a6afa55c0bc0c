// GET /api/agreements and GET /api/agreements/timeline: agreements by institution, person, place,
// date and kind, as a list and as counts per month or year.
import { AgreementList, AgreementListQuery, Timeline, TimelineQuery } from '../../model/api/agreements';
import { DATE_RANGE_RULE } from '../../model/api/dates';
import type { AgreementFilters } from '../services/agreement-filters';
import { agreementTimeline, listAgreements } from '../services/agreements';
import { apiRoute } from './context';

const FILTERS =
  'Filters combine: every institution listed is a party, every person listed signed or witnessed, it ' +
  'was held at every place listed (or within it), its kind is any of those listed, its name has the ' +
  `words of q. ${DATE_RANGE_RULE}`;

function filtersOf(query: AgreementFilters): AgreementFilters {
  const { institution, person, place, from, to, kind, q } = query;
  // An empty search box filters nothing.
  return { institution, person, place, from, to, kind, q: q?.trim() ? q : undefined };
}

export const agreementsRoute = apiRoute({
  method: 'get',
  path: '/agreements',
  operationId: 'listAgreements',
  summary: 'Agreements with their parties, signers, witnesses and sources',
  description:
    'By date, at the start of its period (`2014` as 2014-01-01, before `2014-01-01` itself), then by ' +
    `name; undated last, whatever the order. ${FILTERS}`,
  tag: 'explore',
  query: AgreementListQuery,
  responses: { 200: { description: 'A page of agreements.', schema: AgreementList } },
  handle: ({ query }, ctx) =>
    listAgreements(ctx.gateway, filtersOf(query), {
      order: query.order,
      limit: query.limit,
      offset: query.offset,
      timeoutMs: ctx.settings.readTimeoutMs,
    }),
});

export const agreementTimelineRoute = apiRoute({
  method: 'get',
  path: '/agreements/timeline',
  operationId: 'agreementTimeline',
  summary: 'Agreements per month or year',
  description:
    'Counts per period, in order, for the periods that have any. By month, an agreement dated only by ' +
    'year (`2014`) belongs to no month: it is counted in `yearOnly` under its year, not in `undated`, ' +
    'which counts agreements without a date; by year every dated agreement has its bucket. ' +
    FILTERS,
  tag: 'explore',
  query: TimelineQuery,
  responses: { 200: { description: 'The timeline.', schema: Timeline } },
  handle: ({ query }, ctx) =>
    agreementTimeline(ctx.gateway, query.granularity, filtersOf(query), {
      timeoutMs: ctx.settings.readTimeoutMs,
    }),
});
