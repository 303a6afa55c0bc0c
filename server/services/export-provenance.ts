// The provenance an exported fact carries so that a report can cite it: beside the document ids, each
// document's title, date and file and a citation ("Title (2014-05-09)"), and the same for the
// document of each evidence sentence. Documents' full text stays out of exports.
import type { PropertyValue, Subgraph } from '../../model';
import type { DocumentRef } from '../../model/api/common';
import type { Gateway } from '../db';
import { citedDocuments, documentRefs, unknownDocument } from './evidence';

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Properties too large or too internal for a file: a document's text. */
const DROPPED = new Set(['text']);

/**
 * How a report names a document.
 * @example citation({ id: 'd1', title: 'IMSS e ISSS firman', date: '2014-05-09', file: 'a.txt', url: null })
 *   // 'IMSS e ISSS firman (2014-05-09)'
 */
export function citation(ref: DocumentRef): string {
  const name = ref.title ?? ref.file ?? ref.id;
  return ref.date ? `${name} (${ref.date})` : name;
}

function enrich(properties: Record<string, PropertyValue>, refs: Map<string, DocumentRef>) {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(properties)) if (!DROPPED.has(key)) out[key] = value;
  const refOf = (id: string) => refs.get(id) ?? unknownDocument(id);
  if (Array.isArray(properties.sources)) {
    const docs = listOf(properties.sources).map(refOf);
    out.documents = docs.map(citation);
    out.sourceTitles = docs.map((d) => d.title ?? '');
    out.sourceDates = docs.map((d) => d.date ?? '');
    out.sourceFiles = docs.map((d) => d.file ?? '');
  }
  if (Array.isArray(properties.evidenceSources)) {
    const docs = listOf(properties.evidenceSources).map(refOf);
    out.evidenceDocuments = docs.map(citation);
    out.evidenceFiles = docs.map((d) => d.file ?? '');
  }
  return out;
}

/**
 * The subgraph with provenance beside every id, and the documents it cites (for JSON's table).
 * @example const { graph, documents } = await withProvenance(gateway, selected.graph);
 */
export async function withProvenance(
  gateway: Gateway,
  graph: Subgraph,
): Promise<{ graph: Subgraph; documents: DocumentRef[] }> {
  const ids = citedDocuments([...graph.nodes, ...graph.relationships].map((item) => item.properties));
  const refs = await documentRefs(gateway, ids);
  return {
    graph: {
      nodes: graph.nodes.map((n) => ({ ...n, properties: enrich(n.properties, refs) })),
      relationships: graph.relationships.map((r) => ({ ...r, properties: enrich(r.properties, refs) })),
    },
    documents: ids.map((id) => refs.get(id) ?? unknownDocument(id)),
  };
}
