// Exports for other tools and for reports (GET|POST /api/export, `enlace export`): a subgraph chosen by
// ids, neighbourhood or query, with the provenance of every fact, in GraphML, GEXF, Cytoscape JSON,
// JSON or CSV, under a safe file name.
import type { QueryNotification } from '../db';
import type { Gateway } from '../db';
import { EXPORT_FORMATS, exportSubgraph, type ExportContent, type ExportFormat } from '../export';
import { withProvenance } from './export-provenance';
import { selectGraph, type ExportSelection, type SelectionLimits } from './export-selection';

export interface ExportRequest extends ExportSelection {
  format: ExportFormat;
  /** Written into the file (GraphML desc, GEXF description, JSON title) and its name. */
  title?: string;
}

export interface BuiltExport {
  content: ExportContent;
  truncated: boolean;
  notifications: QueryNotification[];
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  body: string | Uint8Array;
}

/**
 * A file name safe in a header and on every file system: letters, digits and dashes, at most 80.
 * @example safeFileName('Around IMSS: 2014 / 2015', 'graphml') // 'around-imss-2014-2015.graphml'
 */
export function safeFileName(text: string, extension: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'enlace-export'}.${extension}`;
}

/**
 * Chooses the subgraph and adds provenance; serialise it with exportFile (or per table for CSV).
 * @example const built = await buildExport(gateway, { around: 'IMSS', depth: 2, format: 'graphml' }, limits);
 */
export async function buildExport(
  gateway: Gateway,
  request: ExportRequest,
  limits: SelectionLimits,
  now: Date = new Date(),
): Promise<BuiltExport> {
  const selected = await selectGraph(gateway, request, limits);
  const { graph, documents } = await withProvenance(gateway, selected.graph);
  const title = request.title?.trim() || `Enlace: ${selected.description}`;
  return {
    content: { graph, documents, meta: { title, description: selected.description, exportedAt: now } },
    truncated: selected.truncated,
    notifications: selected.notifications,
  };
}

/** The export as one file: name, media type and body (bytes for the zipped CSV tables). */
export function exportFile(content: ExportContent, format: ExportFormat): ExportFile {
  const { mediaType, extension } = EXPORT_FORMATS[format];
  const suffix = format === 'csv-nodes' ? ' nodes' : format === 'csv-edges' ? ' edges' : '';
  return {
    fileName: safeFileName(`${content.meta.title ?? 'enlace-export'}${suffix}`, extension),
    mediaType,
    body: exportSubgraph(content, format),
  };
}
