// GET /api/graph/neighborhood and GET /api/graph/overview: the entities around one or more centres, for
// the graph view to draw and expand ("+240 more" pages through a hub), and the network as a whole.
import {
  GRAPH_FILTER_RULE,
  Neighborhood,
  NeighborhoodQuery,
  Overview,
  OverviewQuery,
} from '../../model/api/graph';
import { apiRoute } from './context';
import { requestProblem } from './query-problem';
import { neighborhood } from '../services/neighborhood';
import { overview } from '../services/overview';

export const neighborhoodRoute = apiRoute({
  method: 'get',
  path: '/graph/neighborhood',
  operationId: 'getNeighborhood',
  summary: 'The neighbourhood of one or more entities, as Cytoscape elements',
  description:
    'Steps out `depth` relationships from each centre (documents are not stepped through). Each ' +
    "entity's neighbours are ranked per relationship type by strength (documents stating the " +
    "relationship, then its sentences, then the neighbour's degree, then id), so pages are stable, and " +
    'the node cap is filled type by type. `hidden` counts, per expanded entity and type, the neighbours ' +
    'left out; each node carries `degree` and `hidden` for "+N" badges. The relationships among the ' +
    `chosen entities are the edges. ${GRAPH_FILTER_RULE}`,
  tag: 'explore',
  query: NeighborhoodQuery,
  problems: { 404: 'One of the ids names no entity.' },
  responses: { 200: { description: 'The neighbourhood.', schema: Neighborhood } },
  async handle({ query }, ctx) {
    try {
      return await neighborhood(ctx.gateway, {
        ids: query.id,
        depth: query.depth,
        labels: query.labels,
        types: query.types,
        from: query.from,
        to: query.to,
        limit: query.limit,
        offset: query.offset,
        timeoutMs: ctx.settings.readTimeoutMs,
      });
    } catch (error) {
      throw requestProblem(error, 'query');
    }
  },
});

export const overviewRoute = apiRoute({
  method: 'get',
  path: '/graph/overview',
  operationId: 'getOverview',
  summary: 'The whole network, or its most connected part, laid out for drawing',
  description:
    'Every entity matching the filters and the relationships among them when they fit `limit`; otherwise ' +
    'the `limit` most connected entities and the relationships among them (`reduced`, with the hidden ' +
    'counts and a note). Nodes carry degree, Louvain community, PageRank, betweenness and a position ' +
    'computed with ForceAtlas2; the view is cached per graph version and filter set, so asking again is ' +
    `instant until an ingest or curation changes the graph. ${GRAPH_FILTER_RULE}`,
  tag: 'explore',
  query: OverviewQuery,
  responses: { 200: { description: 'The view.', schema: Overview } },
  handle: ({ query }, ctx) =>
    overview(ctx.gateway, ctx.graphCache, { ...query, timeoutMs: ctx.settings.readTimeoutMs }),
});
