// Subgraph exports by format name: the one table the CLI and the API both use.
import { zipSync, strToU8 } from 'fflate';
import type { Subgraph } from '../../model';
import type { DocumentRef } from '../../model/api/common';
import { EXPORT_FORMAT_NAMES } from '../../model/api/export';
import { toCytoscapeJson, toJson } from './cytoscape-json';
import { toEdgesCsv, toNodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { ExportMeta } from './xml';

export type { ExportMeta } from './xml';
export { toEdgesCsv, toNodesCsv } from './csv';

/** What an export holds: the subgraph, its metadata and the documents its facts cite. */
export interface ExportContent {
  graph: Subgraph;
  meta: ExportMeta;
  documents: DocumentRef[];
}

type Serialise = (content: ExportContent) => string | Uint8Array;

export const EXPORT_FORMATS = {
  graphml: {
    serialise: ({ graph, meta }) => toGraphml(graph, meta),
    mediaType: 'application/graphml+xml',
    extension: 'graphml',
  },
  gexf: {
    serialise: ({ graph, meta }) => toGexf(graph, meta),
    mediaType: 'application/gexf+xml',
    extension: 'gexf',
  },
  cyjs: {
    serialise: ({ graph, meta }) => toCytoscapeJson(graph, meta),
    mediaType: 'application/json',
    extension: 'cyjs',
  },
  json: {
    serialise: ({ graph, meta, documents }) => toJson(graph, meta, documents),
    mediaType: 'application/json',
    extension: 'json',
  },
  // Both tables in one download: nodes.csv and edges.csv, as Gephi imports them one after the other.
  csv: {
    serialise: ({ graph }) =>
      zipSync({ 'nodes.csv': strToU8(toNodesCsv(graph)), 'edges.csv': strToU8(toEdgesCsv(graph)) }),
    mediaType: 'application/zip',
    extension: 'zip',
  },
  'csv-nodes': { serialise: ({ graph }) => toNodesCsv(graph), mediaType: 'text/csv', extension: 'csv' },
  'csv-edges': { serialise: ({ graph }) => toEdgesCsv(graph), mediaType: 'text/csv', extension: 'csv' },
} as const satisfies Record<ExportFormat, { serialise: Serialise; mediaType: string; extension: string }>;

/** The formats the API schema names (model/api/export.ts): the table above must serve each. */
export type ExportFormat = (typeof EXPORT_FORMAT_NAMES)[number];
export { EXPORT_FORMAT_NAMES };

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * Serialises an export in the named format: text, or bytes for the zipped CSV tables.
 * @example exportSubgraph({ graph, meta: { title: 'Around IMSS' }, documents: [] }, 'graphml')
 */
export function exportSubgraph(content: ExportContent, format: ExportFormat): string | Uint8Array {
  return (EXPORT_FORMATS[format].serialise as Serialise)(content);
}
