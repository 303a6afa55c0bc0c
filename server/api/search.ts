// GET /api/search?q=: entities by name or alias, for the search box and for scripts.
import { SearchQuery, SearchResult } from '../../model/api/search';
import { searchEntities } from '../services/search';
import { apiRoute } from './context';

export const searchRoute = apiRoute({
  method: 'get',
  path: '/search',
  operationId: 'search',
  summary: 'Find entities by name or alias',
  description:
    'Full-text search over names and aliases, accent- and case-insensitive, each word matched whole or as ' +
    'the start of a word, best matches first. Any text is accepted; punctuation (Lucene syntax included) ' +
    'separates words.',
  tag: 'explore',
  query: SearchQuery,
  responses: { 200: { description: 'A page of matching entities.', schema: SearchResult } },
  handle: ({ query }, ctx) =>
    searchEntities(ctx.gateway, query.q, {
      labels: query.label,
      limit: query.limit,
      offset: query.offset,
      timeoutMs: ctx.settings.readTimeoutMs,
    }),
});
