// Files the API writes (POST /api/export with the ids chosen): GraphML, GEXF, Cytoscape JSON, the CSV
// tables, and the JSON with provenance the report is built from.
import { MAX_EXPORT_IDS } from '../../../../model/api/export';
import type { AppHost } from '../../app/host';
import type { ExportJson } from '../../export/report';
import { attachmentName } from '../tools-kit/download';

export type ServerFormat = 'graphml' | 'gexf' | 'cyjs' | 'csv' | 'json';

/** Entity ids for the API (at most its cap; the caller says when some were left out). */
export function exportIds(ids: readonly string[]): string[] {
  return ids.slice(0, MAX_EXPORT_IDS);
}

export async function serverFile(
  host: AppHost,
  format: ServerFormat,
  ids: readonly string[],
  title: string,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await host.api.fetch('POST', '/export', {
    body: { format, ids: exportIds(ids), title },
  });
  const blob = await response.blob();
  return { blob, fileName: attachmentName(response.headers.get('Content-Disposition'), `enlace.${format}`) };
}

export async function exportJson(host: AppHost, ids: readonly string[], title: string): Promise<ExportJson> {
  const { blob } = await serverFile(host, 'json', ids, title);
  return JSON.parse(await blob.text()) as ExportJson;
}

export { MAX_EXPORT_IDS };
