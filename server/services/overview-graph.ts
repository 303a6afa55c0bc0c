// The entities and relationships an overview draws, read once per filter set: nodes with the
// properties a view styles by, relationships with their provenance counts (never the sentences).
import Graph from 'graphology';
import { relationshipId } from '../../model';
import type { CyEdge, CyNode } from '../../model/api/common';
import type { Gateway } from '../db';
import { nodeElement } from './elements';
import type { EntityGraph } from './entity-graph';
import type { GraphPredicates } from './graph-filters';

export interface OverviewData {
  nodes: Map<string, CyNode>;
  edges: CyEdge[];
  /** One edge per related pair, weighted by its relationships; node degree counts relationships. */
  graph: EntityGraph;
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** `filtered`: relationship filters are set, so entities without a kept relationship are left out. */
export async function loadOverviewData(
  gateway: Gateway,
  p: GraphPredicates,
  filtered: boolean,
  timeoutMs?: number,
): Promise<OverviewData> {
  const options = { timeoutMs, metadata: { app: 'enlace', op: 'overview' } };
  const [nodeRows, relRows] = await Promise.all([
    gateway.read<{ labels: string[]; p: Record<string, unknown> }>(
      `MATCH (n:Entity) WHERE ${p.node('n')}
       RETURN labels(n) AS labels, n {.id, .name, .title, .aliases, .acronym, .kind, .date, .sources} AS p`,
      p.params,
      options,
    ),
    gateway.read<{
      a: string;
      b: string;
      type: string;
      role: string | null;
      sources: string[] | null;
      evidenceCount: number;
      agreements: string[] | null;
      rules: string[] | null;
    }>(
      `MATCH (x:Entity)-[r]->(y:Entity) WHERE ${p.rel('r')} AND ${p.node('x')} AND ${p.node('y')} AND x <> y
       RETURN x.id AS a, y.id AS b, type(r) AS type, r.role AS role, r.sources AS sources,
         size(coalesce(r.evidence, [])) AS evidenceCount, r.agreements AS agreements, r.rules AS rules`,
      p.params,
      options,
    ),
  ]);
  const graph: EntityGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const nodes = new Map<string, CyNode>();
  for (const row of nodeRows.rows) {
    const element = nodeElement({ elementId: String(row.p.id), labels: row.labels, properties: row.p });
    nodes.set(element.data.id, element);
  }
  const edges: CyEdge[] = [];
  const used = new Set<string>();
  for (const r of relRows.rows) {
    if (!nodes.has(r.a) || !nodes.has(r.b)) continue;
    const role = r.role ? r.role : null;
    const id = relationshipId(r.a, r.type, r.b, role);
    if (used.has(id)) continue;
    used.add(id);
    edges.push({
      data: {
        id,
        source: r.a,
        target: r.b,
        type: r.type,
        role,
        sources: listOf(r.sources),
        evidenceCount: r.evidenceCount,
        agreements: listOf(r.agreements),
        rules: listOf(r.rules),
      },
    });
    for (const id of [r.a, r.b]) {
      if (!graph.hasNode(id)) {
        const data = nodes.get(id)!.data;
        graph.addNode(id, { label: data.label, name: data.name, degree: 0 });
      }
      graph.updateNodeAttribute(id, 'degree', (d) => (d ?? 0) + 1);
    }
    graph.updateEdge(r.a, r.b, (attr) => ({ weight: (attr.weight ?? 0) + 1 }));
  }
  if (!filtered) {
    for (const [id, node] of nodes) {
      if (!graph.hasNode(id)) graph.addNode(id, { label: node.data.label, name: node.data.name, degree: 0 });
    }
  }
  for (const id of [...nodes.keys()]) if (!graph.hasNode(id)) nodes.delete(id);
  return { nodes, edges, graph };
}
