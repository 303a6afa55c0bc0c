// The nodes and relationships found anywhere in query rows (cells, lists, maps, paths), and the end
// nodes of relationships a query returned without them, so that every edge can be drawn or exported.
import type { Gateway, PlainNode, PlainRelationship } from '../db';

export interface GraphValues {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Most end nodes fetched for relationships returned without them. */
const MAX_END_NODES = 5_000;

function isPlainNode(value: object): value is PlainNode {
  return 'elementId' in value && 'labels' in value && 'properties' in value;
}

function isPlainRelationship(value: object): value is PlainRelationship {
  return 'elementId' in value && 'type' in value && 'startNodeElementId' in value;
}

/**
 * Walks plain row values (as the gateway returns them) and gathers every node and relationship once.
 * @example graphValuesOf([{ p: { nodes: [a, b], relationships: [r] } }]) // { nodes: [a, b], relationships: [r] }
 */
export function graphValuesOf(values: readonly unknown[]): GraphValues {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const pending: unknown[] = [...values];
  // Iterative (breadth first, in row order), so that deeply nested values cannot exhaust the stack.
  for (let i = 0; i < pending.length; i++) {
    const value = pending[i];
    if (value === null || typeof value !== 'object') continue;
    if (isPlainNode(value)) nodes.set(value.elementId, value);
    else if (isPlainRelationship(value)) relationships.set(value.elementId, value);
    // One push per item: spreading a list of a million values would overflow the call arguments.
    else for (const item of Array.isArray(value) ? value : Object.values(value)) pending.push(item);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** Element ids of relationship ends that `graph` lacks. */
export function missingEnds(graph: GraphValues): string[] {
  const have = new Set(graph.nodes.map((n) => n.elementId));
  const missing = new Set<string>();
  for (const rel of graph.relationships) {
    for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!have.has(end)) missing.add(end);
  }
  return [...missing];
}

/**
 * `graph` with the end nodes of its relationships added (read by element id in one query).
 * @example await withEndNodes(gateway, graphValuesOf(rows), { timeoutMs: 5000 })
 */
export async function withEndNodes(
  gateway: Gateway,
  graph: GraphValues,
  options: { timeoutMs?: number } = {},
): Promise<GraphValues> {
  const ids = missingEnds(graph).slice(0, MAX_END_NODES);
  if (ids.length === 0) return graph;
  const { rows } = await gateway.read<{ n: PlainNode }>(
    'MATCH (n) WHERE elementId(n) IN $ids RETURN n',
    { ids },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'relationship ends' } },
  );
  return { nodes: [...graph.nodes, ...rows.map((row) => row.n)], relationships: graph.relationships };
}
