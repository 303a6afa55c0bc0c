// Until the graph endpoints are served, their answers are approximated with POST /api/cypher (read
// only), so the app runs against an older server. Used only when the server says it has no such route.
import { ApiError, type ApiClient } from './client';
import type { CyElements, NeighborhoodResult, OverviewResult, PathsResult } from './types';

const missingRoute = (error: unknown) =>
  error instanceof ApiError && error.status === 404 && /No API route/.test(error.message);

interface CypherAnswer {
  elements: CyElements;
}

async function cypher(api: ApiClient, query: string, params: Record<string, unknown>): Promise<CyElements> {
  const answer = await api.post<CypherAnswer>('/cypher', { query, params });
  return answer.elements;
}

/** A relationship is dated in range when a document stating it, or its agreement, is (prefix compare). */
const IN_RANGE = `($from IS NULL OR any(d IN COLLECT { MATCH (doc:Document) WHERE doc.id IN coalesce(r.sources, []) RETURN doc.date } + [x IN [a, b] WHERE x:Agreement | x.date]
  WHERE d IS NOT NULL AND toString(d) >= $from AND left(toString(d), size($to)) <= $to))`;

const range = (options: { from?: string; to?: string }) => ({
  from: options.from ?? null,
  to: options.to ?? options.from ?? '9999',
});

export function withGraphFallback(api: ApiClient): ApiClient {
  const { overview, neighborhood, paths } = api;
  api.overview = (options = {}) =>
    overview(options).catch(async (error: unknown) => {
      if (!missingRoute(error)) throw error;
      const elements = await cypher(
        api,
        `MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONED_IN' AND ${IN_RANGE} RETURN a, r, b`,
        range(options),
      );
      const result: OverviewResult = {
        elements,
        reduced: false,
        hiddenNodes: 0,
        hiddenEdges: 0,
        total: { nodes: elements.nodes.length, edges: elements.edges.length },
        note: null,
      };
      return result;
    });
  api.neighborhood = (ids, options = {}) =>
    neighborhood(ids, options).catch(async (error: unknown) => {
      if (!missingRoute(error)) throw error;
      const elements = await cypher(
        api,
        `MATCH (a) WHERE a.id IN $ids OPTIONAL MATCH (a)-[r]-(b) WHERE type(r) <> 'MENTIONED_IN' AND ${IN_RANGE} RETURN a, r, b LIMIT $limit`,
        { ids, limit: options.limit ?? 200, ...range(options) },
      );
      const result: NeighborhoodResult = {
        elements,
        centres: [...ids],
        truncated: false,
        hidden: [],
        total: { nodes: elements.nodes.length, edges: elements.edges.length },
      };
      return result;
    });
  api.paths = (from, to, options = {}) =>
    paths(from, to, options).catch(async (error: unknown) => {
      if (!missingRoute(error)) throw error;
      const elements = await cypher(
        api,
        "MATCH (a {id: $from}), (b {id: $to}) MATCH p = allShortestPaths((a)-[*..4]-(b)) WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN') RETURN p LIMIT 5",
        { from, to },
      );
      const result: PathsResult = {
        elements,
        paths: elements.nodes.length
          ? [
              {
                nodes: elements.nodes.map((n) => n.data.id),
                edges: elements.edges.map((e) => e.data.id),
                length: elements.edges.length,
              },
            ]
          : [],
        found: elements.nodes.length > 0,
      };
      return result;
    });
  return api;
}
