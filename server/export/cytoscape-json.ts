// Cytoscape JSON (cytoscape.js `cy.json()` elements, Cytoscape Desktop import) and plain JSON.
import type { Subgraph } from '../../model';

/** Elements as Cytoscape reads them: `data.id`, `data.source`, `data.target`, label and type in data. */
export function toCytoscapeJson(graph: Subgraph): string {
  const elements = {
    nodes: graph.nodes.map((n) => ({ data: { ...n.properties, id: n.id, label: n.label } })),
    edges: graph.relationships.map((r) => ({
      data: { ...r.properties, id: r.id, source: r.from, target: r.to, type: r.type },
    })),
  };
  return JSON.stringify({ format_version: '1.0', generated_by: 'enlace', elements }, null, 2) + '\n';
}

/** The subgraph as it is: nodes and relationships with all their properties. */
export function toJson(graph: Subgraph): string {
  return JSON.stringify(graph, null, 2) + '\n';
}
