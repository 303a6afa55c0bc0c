// Subgraph exports by format name: the one table the CLI and the API both use.
import type { Subgraph } from '../../model';
import { toCytoscapeJson, toJson } from './cytoscape-json';
import { toCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

export const EXPORT_FORMATS = {
  graphml: { serialise: toGraphml, mediaType: 'application/graphml+xml', extension: 'graphml' },
  gexf: { serialise: (g: Subgraph) => toGexf(g), mediaType: 'application/gexf+xml', extension: 'gexf' },
  cyjs: { serialise: toCytoscapeJson, mediaType: 'application/json', extension: 'cyjs' },
  json: { serialise: toJson, mediaType: 'application/json', extension: 'json' },
  csv: { serialise: toCsv, mediaType: 'text/csv', extension: 'csv' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/** Serialises a subgraph in the named format. */
export function exportSubgraph(graph: Subgraph, format: ExportFormat): string {
  return EXPORT_FORMATS[format].serialise(graph);
}
