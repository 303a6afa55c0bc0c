// A fact's provenance as citations: the parallel arrays the loader stores on every relationship
// (evidence, evidenceSources, evidenceOffsets) joined with the documents' titles and dates.
import type { DocumentRef, Evidence } from '../../model/api/common';
import type { Gateway } from '../db';

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Ids of every document a set of property maps cites (sources and evidence sources). */
export function citedDocuments(items: readonly Record<string, unknown>[]): string[] {
  const ids = new Set<string>();
  for (const p of items) for (const id of [...listOf(p.sources), ...listOf(p.evidenceSources)]) ids.add(id);
  return [...ids];
}

/** Title, date, file and web address of each document, by id. */
export async function documentRefs(
  gateway: Gateway,
  ids: readonly string[],
): Promise<Map<string, DocumentRef>> {
  if (ids.length === 0) return new Map();
  const { rows } = await gateway.read<DocumentRef>(
    `MATCH (d:Document) WHERE d.id IN $ids
     RETURN d.id AS id, d.title AS title, d.date AS date, d.file AS file, d.url AS url`,
    { ids: [...ids] },
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** A document the graph no longer holds, still cited by id. */
export function unknownDocument(id: string): DocumentRef {
  return { id, title: null, date: null, file: null, url: null };
}

/**
 * @example evidenceOf(rel.properties, refs) // [{ text: 'El IMSS y …', start: 120, end: 260, document: { id, title, … } }]
 */
export function evidenceOf(properties: Record<string, unknown>, refs: Map<string, DocumentRef>): Evidence[] {
  const texts = listOf(properties.evidence);
  const sources = listOf(properties.evidenceSources);
  const offsets = listOf(properties.evidenceOffsets);
  return texts.map((text, i) => {
    const [start, end] = (offsets[i] ?? '').split('-').map((n) => (n === '' ? NaN : Number(n)));
    const doc = sources[i] ?? '';
    return {
      text,
      start: Number.isInteger(start) ? start! : null,
      end: Number.isInteger(end) ? end! : null,
      document: refs.get(doc) ?? unknownDocument(doc),
    };
  });
}
