// Cytoscape JSON (cytoscape.js `cy.json()` elements, Cytoscape Desktop import) and plain JSON.
import type { Subgraph } from '../../model';
import type { DocumentRef } from '../../model/api/common';
import type { ExportMeta } from './xml';

/** Elements as Cytoscape reads them: `data.id`, `data.name` (shown), `data.source`, `data.target`. */
export function toCytoscapeJson(graph: Subgraph, meta: ExportMeta = {}): string {
  const elements = {
    nodes: graph.nodes.map((n) => ({ data: { ...n.properties, id: n.id, label: n.label } })),
    edges: graph.relationships.map((r) => ({
      data: { ...r.properties, id: r.id, source: r.from, target: r.to, type: r.type },
    })),
  };
  const data = {
    name: meta.title ?? 'Enlace export',
    ...(meta.description ? { description: meta.description } : {}),
  };
  return JSON.stringify({ format_version: '1.0', generated_by: 'enlace', data, elements }, null, 2) + '\n';
}

/** The subgraph as it is, with the documents its facts cite. */
export function toJson(graph: Subgraph, meta: ExportMeta = {}, documents: DocumentRef[] = []): string {
  const document = {
    title: meta.title ?? null,
    selection: meta.description ?? null,
    exportedAt: (meta.exportedAt ?? new Date()).toISOString(),
    nodes: graph.nodes,
    relationships: graph.relationships,
    documents,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
