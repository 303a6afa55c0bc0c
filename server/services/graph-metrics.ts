// Centrality and communities of an entity graph, with graphology: PageRank, betweenness (only on
// graphs small enough for its O(nodes x edges) cost), and Louvain communities with a fixed seed so
// that the same graph always gets the same communities.
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from '../graph/seeded-random';
import type { EntityGraph } from './entity-graph';

/** Betweenness is computed up to this many nodes and edges, and left null beyond. */
export const BETWEENNESS_MAX_NODES = 5_000;
export const BETWEENNESS_MAX_EDGES = 50_000;
const LOUVAIN_SEED = 20_141_205;

export const METRICS = ['degree', 'betweenness', 'pagerank', 'community'] as const;
export type Metric = (typeof METRICS)[number];

export interface NodeMetrics {
  id: string;
  degree: number | null;
  betweenness: number | null;
  pagerank: number | null;
  community: number | null;
}

export interface Community {
  id: number;
  size: number;
  /** The name of its member with the highest PageRank. */
  label: string;
}

export interface GraphMetrics {
  /** By node id, in the graph's node order. */
  nodes: Map<string, NodeMetrics>;
  /** Largest first. */
  communities: Community[];
  /** Why a metric asked for was left null, or null. */
  note: string | null;
}

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** Louvain's communities, numbered by size (0 is the largest), ties by their first member's id. */
function communitiesOf(graph: EntityGraph): Map<string, number> {
  const raw: Record<string, number> =
    graph.size > 0
      ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) })
      : Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) members.set(c, [...(members.get(c) ?? []), id]);
  const ordered = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const numbered = new Map<string, number>();
  ordered.forEach((ids, n) => ids.forEach((id) => numbered.set(id, n)));
  return numbered;
}

/**
 * @example computeMetrics(graph, ['pagerank', 'community']).nodes.get('institution:imss')!.pagerank
 */
export function computeMetrics(graph: EntityGraph, metrics: readonly Metric[] = METRICS): GraphMetrics {
  const wants = new Set(metrics);
  // PageRank also names the communities, so it is computed whenever either is asked for.
  const ranks: Record<string, number> =
    (wants.has('pagerank') || wants.has('community')) && graph.order > 0
      ? pagerank(graph, { getEdgeWeight: 'weight' })
      : {};
  const betweennessFits = graph.order <= BETWEENNESS_MAX_NODES && graph.size <= BETWEENNESS_MAX_EDGES;
  const between: Record<string, number> =
    // graphology's Brandes refuses a graph without nodes (a date range with nothing in it)
    wants.has('betweenness') && betweennessFits && graph.order > 0
      ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null })
      : {};
  const communities = wants.has('community') ? communitiesOf(graph) : new Map<string, number>();
  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id, attr) => {
    nodes.set(id, {
      id,
      degree: wants.has('degree') ? attr.degree : null,
      betweenness: between[id] === undefined ? null : round(between[id]),
      pagerank: ranks[id] === undefined ? null : round(ranks[id]),
      community: communities.get(id) ?? null,
    });
  });
  const summary = new Map<number, Community & { rank: number }>();
  for (const [id, c] of communities) {
    const rank = ranks[id] ?? 0;
    const entry = summary.get(c) ?? { id: c, size: 0, label: '', rank: -1 };
    entry.size++;
    if (rank > entry.rank) Object.assign(entry, { rank, label: graph.getNodeAttribute(id, 'name') });
    summary.set(c, entry);
  }
  const note =
    wants.has('betweenness') && !betweennessFits
      ? `Betweenness is computed for graphs of at most ${BETWEENNESS_MAX_NODES.toLocaleString('en')} entities ` +
        `and ${BETWEENNESS_MAX_EDGES.toLocaleString('en')} related pairs; this one has ` +
        `${graph.order.toLocaleString('en')} and ${graph.size.toLocaleString('en')}: ask for a subgraph with ids.`
      : null;
  return {
    nodes,
    communities: [...summary.values()]
      .sort((a, b) => a.id - b.id)
      .map(({ id, size, label }) => ({ id, size, label })),
    note,
  };
}
