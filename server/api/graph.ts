// GET /api/graph/neighborhood: the entities around one or more centres, for the graph view to draw and
// expand ("+240 more" pages through a hub).
import { GRAPH_FILTER_RULE, Neighborhood, NeighborhoodQuery } from '../../model/api/graph';
import { apiRoute } from './context';
import { requestProblem } from './query-problem';
import { neighborhood } from '../services/neighborhood';

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
