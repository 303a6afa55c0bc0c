// What the layout worker is asked and answers, and the fCoSE options both threads use.
import type { LayoutOptions } from 'cytoscape';

export interface LayoutRequest {
  id: number;
  nodes: { id: string; size: number; x?: number; y?: number }[];
  edges: [string, string][];
  /** Nodes that must stay where they are (pinned, or already placed when adding). */
  fixed: string[];
  /** Start from the given positions (incremental) instead of a fresh spectral layout. */
  incremental: boolean;
}

export type LayoutResponse =
  | { id: number; positions: Record<string, [number, number]>; error?: undefined }
  | { id: number; error: string; positions?: undefined };

export function fcoseOptions(request: LayoutRequest): LayoutOptions {
  const byId = new Map(request.nodes.map((n) => [n.id, n]));
  const fixed = request.fixed
    .map((id) => byId.get(id))
    .filter((n): n is NonNullable<typeof n> => n?.x !== undefined && n.y !== undefined)
    .map((n) => ({ nodeId: n.id, position: { x: n.x!, y: n.y! } }));
  return {
    name: 'fcose',
    quality: request.nodes.length > 1500 ? 'draft' : 'default',
    randomize: !request.incremental,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 90,
    idealEdgeLength: () => 95,
    nodeRepulsion: () => 16000,
    gravity: 0.2,
    numIter: 2500,
    packComponents: true,
    // isolated nodes are tiled: leave room for their labels
    tilingPaddingHorizontal: 70,
    tilingPaddingVertical: 30,
    fixedNodeConstraint: fixed.length && fixed.length < request.nodes.length ? fixed : undefined,
  } as LayoutOptions;
}
