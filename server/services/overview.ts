// GET /api/graph/overview: the whole network when it fits the limit, otherwise its most connected
// entities and the relationships among them, with metrics and positions computed in the server and
// cached per graph version and filter set.
import type { CyNode } from '../../model/api/common';
import type { Overview } from '../../model/api/graph';
import type { Gateway } from '../db';
import { inducedSubgraph } from './entity-graph';
import type { GraphCache } from './graph-cache';
import { graphPredicates, type GraphFilters } from './graph-filters';
import { layout } from './graph-layout';
import { computeMetrics } from './graph-metrics';
import { loadOverviewData } from './overview-graph';

export interface OverviewRequest extends GraphFilters {
  limit: number;
  timeoutMs?: number;
}

const count = (n: number) => n.toLocaleString('en');

async function computeOverview(
  gateway: Gateway,
  request: OverviewRequest,
  version: number,
): Promise<Overview> {
  const p = graphPredicates(request);
  const filtered = Boolean(request.types?.length || request.from || request.to);
  const data = await loadOverviewData(gateway, p, filtered, request.timeoutMs);
  const full = data.graph;
  const reduced = full.order > request.limit;
  // The most connected first; ties by id, so the same entities are chosen every time.
  const chosen = reduced
    ? full
        .nodes()
        .sort(
          (a, b) =>
            full.getNodeAttribute(b, 'degree') - full.getNodeAttribute(a, 'degree') || (a < b ? -1 : 1),
        )
        .slice(0, request.limit)
    : full.nodes();
  const view = reduced ? inducedSubgraph(full, chosen) : full;
  const metrics = computeMetrics(view);
  const positions = layout(view);
  const inView = new Set(chosen);
  const edges = data.edges.filter((e) => inView.has(e.data.source) && inView.has(e.data.target));
  const viewDegree = new Map<string, number>();
  for (const e of edges) {
    for (const id of [e.data.source, e.data.target]) viewDegree.set(id, (viewDegree.get(id) ?? 0) + 1);
  }
  const nodes: CyNode[] = chosen.map((id) => {
    const m = metrics.nodes.get(id)!;
    return {
      data: {
        ...data.nodes.get(id)!.data,
        degree: viewDegree.get(id) ?? 0,
        community: m.community,
        pagerank: m.pagerank,
        betweenness: m.betweenness,
      },
      position: positions.get(id) ?? { x: 0, y: 0 },
    };
  });
  const hiddenNodes = full.order - nodes.length;
  const hiddenEdges = data.edges.length - edges.length;
  const notes = [
    reduced
      ? `Showing the ${count(nodes.length)} most connected of ${count(full.order)} entities; ${count(hiddenNodes)} hidden` +
        ` (with ${count(hiddenEdges)} relationships).`
      : null,
    metrics.note,
  ].filter(Boolean);
  return {
    elements: { nodes, edges },
    reduced,
    hiddenNodes,
    hiddenEdges,
    total: { nodes: full.order, edges: data.edges.length },
    version,
    note: notes.length ? notes.join(' ') : null,
  };
}

/**
 * @example await overview(gateway, cache, { limit: 2000 })
 */
export function overview(gateway: Gateway, cache: GraphCache, request: OverviewRequest): Promise<Overview> {
  graphPredicates(request); // a reversed range is refused before anything is cached
  const key = JSON.stringify([
    'overview',
    request.limit,
    [...(request.labels ?? [])].sort(),
    [...(request.types ?? [])].sort(),
    request.from ?? null,
    request.to ?? null,
  ]);
  return cache.get(gateway, key, (version) => computeOverview(gateway, request, version));
}
