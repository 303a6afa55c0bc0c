// The entity graph (MENTIONED_IN and documents left out) read from Neo4j into a graphology graph:
// one undirected edge per related pair, weighted by how many facts join them, for the metrics and
// layouts computed in the server.
import Graph from 'graphology';
import type { Gateway } from '../db';
import { primaryLabel } from './elements';
import { degreeOf } from './graph-filters';

export interface EntityAttributes {
  label: string;
  name: string;
  /** Fact relationships in the database, parallel ones counted (as entity pages count them). */
  degree: number;
}

export interface PairAttributes {
  weight: number;
}

export type EntityGraph = Graph<EntityAttributes, PairAttributes>;

const NODES = `MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, coalesce(n.name, n.id) AS name, ${degreeOf('n')} AS degree`;
const PAIRS = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONED_IN' AND a <> b
RETURN a.id AS a, b.id AS b, count(r) AS weight`;

/** The whole entity graph at the time of reading. */
export async function loadEntityGraph(gateway: Gateway, timeoutMs?: number): Promise<EntityGraph> {
  const options = { timeoutMs, metadata: { app: 'enlace', op: 'entity graph' } };
  const [nodes, pairs] = await Promise.all([
    gateway.read<{ id: string; labels: string[]; name: string; degree: number }>(NODES, {}, options),
    gateway.read<{ a: string; b: string; weight: number }>(PAIRS, {}, options),
  ]);
  const graph: EntityGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes.rows) {
    graph.addNode(n.id, { label: primaryLabel(n.labels), name: n.name, degree: n.degree });
  }
  for (const p of pairs.rows) {
    if (!graph.hasNode(p.a) || !graph.hasNode(p.b)) continue;
    graph.updateEdge(p.a, p.b, (attr) => ({ weight: (attr.weight ?? 0) + p.weight }));
  }
  return graph;
}

/** The part of `graph` among `ids` (unknown ids ignored). */
export function inducedSubgraph(graph: EntityGraph, ids: Iterable<string>): EntityGraph {
  const sub: EntityGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of ids)
    if (graph.hasNode(id) && !sub.hasNode(id)) sub.addNode(id, graph.getNodeAttributes(id));
  graph.forEachEdge((_e, attr, a, b) => {
    if (sub.hasNode(a) && sub.hasNode(b)) sub.addEdge(a, b, attr);
  });
  return sub;
}
