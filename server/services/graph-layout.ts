// Positions for an overview, computed in the server with ForceAtlas2 (Barnes-Hut on large views) from
// seeded starting points, so the same graph is always drawn the same way.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../graph/seeded-random';
import type { EntityGraph, PairAttributes } from './entity-graph';

const LAYOUT_SEED = 20_140_509;

/** Fewer iterations on large views: Barnes-Hut steps cost O(n log n) each. */
export function layoutIterations(order: number): number {
  return order <= 1_000 ? 200 : order <= 5_000 ? 100 : 50;
}

/**
 * @example layout(graph).get('institution:imss') // { x: 12.5, y: -3.1 }
 */
export function layout(graph: EntityGraph): Map<string, { x: number; y: number }> {
  const rng = seededRandom(LAYOUT_SEED);
  // Starting points on a disc sized to the graph, so that the forces have room to sort it out.
  const radius = Math.sqrt(graph.order) * 10;
  const positioned = new Graph<{ x: number; y: number }, PairAttributes>({ type: 'undirected' });
  graph.forEachNode((id) => {
    const angle = rng() * 2 * Math.PI;
    const r = Math.sqrt(rng()) * radius;
    positioned.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  graph.forEachEdge((_e, attr, a, b) => positioned.addEdge(a, b, attr));
  const positions = new Map<string, { x: number; y: number }>();
  if (graph.order === 0) return positions;
  const settings = {
    ...forceAtlas2.inferSettings(graph.order),
    barnesHutOptimize: graph.order > 1_000,
  };
  const mapping = forceAtlas2(positioned, {
    iterations: layoutIterations(graph.order),
    settings,
    getEdgeWeight: 'weight',
  });
  const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);
  for (const [id, p] of Object.entries(mapping)) positions.set(id, { x: round(p.x), y: round(p.y) });
  return positions;
}
