// Flattens extractions into entity records in a canonical order (documents by date, content hash, id;
// nodes by id), so that every later step is independent of the order of the input and of file names.
import type { EntityLabel } from '../../../model/graph-schema';
import type { Extraction, ExtractedNode } from '../../../model/extraction';

export interface EntityRecord {
  /** Position in the canonical order; union-find element. */
  index: number;
  /** Position of the extraction in the input array. */
  extraction: number;
  /** Position of the document in the canonical document order. */
  docRank: number;
  docId: string;
  /** The document's content hash: with its date, what orders documents. */
  docSha: string;
  file: string;
  docDate: string | null;
  label: EntityLabel;
  node: ExtractedNode;
}

/**
 * Orders documents by date (undated last), content hash, id, then input position: the same documents
 * always come in the same order, whatever their file names or the order they arrive in.
 */
export function documentOrder(extractions: readonly Extraction[]): number[] {
  const order = extractions.map((_, position) => position);
  return order.sort((a, b) => {
    const left = extractions[a]!.document;
    const right = extractions[b]!.document;
    return (
      compareNullable(left.date, right.date) ||
      compareText(left.sha256, right.sha256) ||
      compareText(left.id, right.id) ||
      a - b
    );
  });
}

export function collectRecords(extractions: readonly Extraction[]): EntityRecord[] {
  const records: EntityRecord[] = [];
  documentOrder(extractions).forEach((position, docRank) => {
    const { document, nodes } = extractions[position]!;
    const sorted = [...nodes].sort((a, b) => compareText(a.id, b.id));
    for (const node of sorted) {
      records.push({
        index: records.length,
        extraction: position,
        docRank,
        docId: document.id,
        docSha: document.sha256,
        file: document.file,
        docDate: document.date,
        label: node.label,
        node,
      });
    }
  });
  return records;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}
