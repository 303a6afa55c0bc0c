// GET /api/analytics: metrics of the whole entity graph, computed once per graph version and cached,
// or of the subgraph among some entities (small, computed on the spot from the cached graph).
import { COMMUNITIES_LISTED, type Analytics } from '../../model/api/analytics';
import type { Gateway } from '../db';
import { inducedSubgraph, loadEntityGraph, type EntityGraph } from './entity-graph';
import { computeMetrics, METRICS, type GraphMetrics, type Metric } from './graph-metrics';
import type { GraphCache } from './graph-cache';

export interface AnalyticsRequest {
  ids?: readonly string[];
  metrics?: readonly Metric[];
  limit: number;
  offset: number;
  timeoutMs?: number;
}

/** The entity graph at the current version (shared by analytics and the overview). */
export function cachedEntityGraph(gateway: Gateway, cache: GraphCache, timeoutMs?: number) {
  return cache.get(gateway, 'entity-graph', async (version) => ({
    version,
    graph: await loadEntityGraph(gateway, timeoutMs),
  }));
}

/** Every metric of the whole graph at the current version. */
export function cachedMetrics(gateway: Gateway, cache: GraphCache, timeoutMs?: number) {
  return cache.get(gateway, 'metrics', async () => {
    const { version, graph } = await cachedEntityGraph(gateway, cache, timeoutMs);
    return { version, graph, metrics: computeMetrics(graph, METRICS) };
  });
}

function page(
  version: number,
  graph: EntityGraph,
  metrics: GraphMetrics,
  asked: ReadonlySet<Metric>,
  request: AnalyticsRequest,
): Analytics {
  const nodes = [...metrics.nodes.values()].map((n) => ({
    id: n.id,
    degree: asked.has('degree') ? n.degree : null,
    betweenness: asked.has('betweenness') ? n.betweenness : null,
    pagerank: asked.has('pagerank') ? n.pagerank : null,
    community: asked.has('community') ? n.community : null,
  }));
  const rankOf = (id: string) => metrics.nodes.get(id)?.pagerank ?? 0;
  const degreeOf = (id: string) => graph.getNodeAttribute(id, 'degree');
  nodes.sort(
    (a, b) => rankOf(b.id) - rankOf(a.id) || degreeOf(b.id) - degreeOf(a.id) || (a.id < b.id ? -1 : 1),
  );
  const end = request.offset + request.limit;
  const communities = asked.has('community') ? metrics.communities : [];
  return {
    version,
    nodes: nodes.slice(request.offset, end),
    total: nodes.length,
    limit: request.limit,
    offset: request.offset,
    nextOffset: end < nodes.length ? end : null,
    communities: communities.slice(0, COMMUNITIES_LISTED),
    communityCount: communities.length,
    note: asked.has('betweenness') ? metrics.note : null,
  };
}

/**
 * @example await analytics(gateway, cache, { limit: 100, offset: 0 })
 */
export async function analytics(
  gateway: Gateway,
  cache: GraphCache,
  request: AnalyticsRequest,
): Promise<Analytics> {
  const asked = new Set(request.metrics?.length ? request.metrics : METRICS);
  if (!request.ids?.length) {
    const { version, graph, metrics } = await cachedMetrics(gateway, cache, request.timeoutMs);
    return page(version, graph, metrics, asked, request);
  }
  const { version, graph } = await cachedEntityGraph(gateway, cache, request.timeoutMs);
  const sub = inducedSubgraph(graph, request.ids);
  return page(version, sub, computeMetrics(sub, [...asked]), asked, request);
}
