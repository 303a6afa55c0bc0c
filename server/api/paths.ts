// GET /api/paths: how two entities are connected, for the graph view's "how are these related".
import { Paths, PathsQuery } from '../../model/api/paths';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { SameEndsError, shortestPaths } from '../services/paths';
import { apiRoute } from './context';
import { requestProblem } from './query-problem';

export const pathsRoute = apiRoute({
  method: 'get',
  path: '/paths',
  operationId: 'getPaths',
  summary: 'All shortest paths between two entities',
  description:
    'Every shortest chain of fact relationships (MENTIONED_IN excluded, so documents are never stepped ' +
    'through) of at most `maxLength` relationships, in either direction, optionally through the given ' +
    'types only. Ties are all returned up to `limit`, in a stable order. None within `maxLength` answers ' +
    '200 with `found: false` and a note.',
  tag: 'explore',
  query: PathsQuery,
  problems: { 404: '`from` or `to` names no entity.' },
  responses: { 200: { description: 'The paths, possibly none.', schema: Paths } },
  async handle({ query }, ctx) {
    try {
      return await shortestPaths(ctx.gateway, { ...query, timeoutMs: ctx.settings.readTimeoutMs });
    } catch (error) {
      if (error instanceof SameEndsError) {
        throw new HttpProblem(400, 'Invalid request', error.message, {
          type: PROBLEM_TYPES.validation,
          errors: [{ path: 'query.to', message: 'must differ from query.from' }],
        });
      }
      throw requestProblem(error, 'query');
    }
  },
});
