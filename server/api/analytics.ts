// GET /api/analytics and GET /api/stats: the network's metrics and its counts, for the app's side panel
// and for researchers' scripts.
import { Analytics, AnalyticsQuery, Stats } from '../../model/api/analytics';
import { analytics } from '../services/analytics';
import { BETWEENNESS_MAX_NODES } from '../services/graph-metrics';
import { graphStats } from '../services/stats';
import { apiRoute } from './context';

export const analyticsRoute = apiRoute({
  method: 'get',
  path: '/analytics',
  operationId: 'getAnalytics',
  summary: 'Degree, betweenness, PageRank and communities of the entity graph',
  description:
    'Computed over entities and their fact relationships (documents left out), each related pair one ' +
    'edge weighted by its number of facts: PageRank, normalised betweenness (for graphs of at most ' +
    `${BETWEENNESS_MAX_NODES.toLocaleString('en')} entities; null beyond, with a note) and Louvain ` +
    'communities with a fixed seed, so the same graph always gets the same communities. The whole ' +
    'graph is computed once per graph version (any ingest or curation changes it); with `ids`, over the ' +
    'subgraph among them.',
  tag: 'explore',
  query: AnalyticsQuery,
  responses: { 200: { description: 'The metrics, a page of nodes at a time.', schema: Analytics } },
  handle: ({ query }, ctx) =>
    analytics(ctx.gateway, ctx.graphCache, { ...query, timeoutMs: ctx.settings.readTimeoutMs }),
});

export const statsRoute = apiRoute({
  method: 'get',
  path: '/stats',
  operationId: 'getStats',
  summary: 'How many entities, relationships, documents and agreements the graph holds',
  description:
    'Entities per label, relationships per type, documents, and agreements with and without a date ' +
    '(with the first and last dates, as the sources state them). Bookkeeping nodes are not counted.',
  tag: 'explore',
  responses: { 200: { description: 'The counts.', schema: Stats } },
  handle: (_input, ctx) => graphStats(ctx.gateway, ctx.settings.readTimeoutMs),
});
