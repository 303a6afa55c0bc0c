// Each Document node keeps the document's own extraction (before resolution) and a hash of what resolution
// made of it. Every ingest resolves the stored extractions together with the new ones, so the graph does
// not depend on the order documents arrived in, and rewrites only the documents whose resolution changed.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';

/** Document properties: the extraction as JSON (text left out: it is the node's `text`) and the hash. */
export const STORED_EXTRACTION = 'extraction';
export const RESOLUTION_HASH = 'resolution';

export interface StoredDocument {
  id: string;
  sha256: string;
  /** Its origin (see plan-writes.ts): the url it declares, the path it was read from. */
  url?: string;
  source?: string;
  /** Null for a document loaded before extractions were stored: its entities are taken as they are. */
  extraction: Extraction | null;
  resolution: string | null;
}

/** JSON of an extraction without its document's text (kept once, as the Document's `text`). */
function withoutText(extraction: Extraction): Extraction {
  const { text: _text, ...document } = extraction.document;
  return { ...extraction, document };
}

export function storedText(extraction: Extraction): string {
  return JSON.stringify(withoutText(extraction));
}

/**
 * What resolution made of a document's own contribution, as a short hash: the ids its mentions resolved to
 * and its facts. An entity's name, aliases and properties are left out: they are the entity's, gathered
 * from every document, and another document adding an alias must not make this one be rewritten (they
 * are updated in place, see entity-updates.ts). Equal hashes, equal contributions to the graph.
 */
export function resolutionHash(resolved: Extraction): string {
  const own = {
    ...withoutText(resolved),
    // a mention's reason says why it was read, which the graph does not store: it changes no write
    nodes: resolved.nodes.map(({ id, label, mentions }) => ({
      id,
      label,
      mentions: mentions?.map(({ text, start, end }) => ({ text, start, end })),
    })),
  };
  return createHash('sha256').update(JSON.stringify(own)).digest('hex').slice(0, 32);
}

/** Every Document node with its stored extraction (text restored). */
export async function readStoredDocuments(
  driver: Driver,
  database: string | undefined,
): Promise<StoredDocument[]> {
  const result = await driver.executeQuery(
    `MATCH (d:Document)
     RETURN d.id AS id, d.sha256 AS sha256, d.text AS text, d.${STORED_EXTRACTION} AS extraction,
            d.${RESOLUTION_HASH} AS resolution, d.url AS url, d.source AS source`,
    {},
    { database, routing: 'READ' },
  );
  return result.records.map((record) => {
    const json = record.get('extraction') as string | null;
    const text = record.get('text') as string | null;
    let extraction: Extraction | null = null;
    if (json) {
      const parsed = JSON.parse(json) as Extraction;
      extraction = { ...parsed, document: { ...parsed.document, ...(text === null ? {} : { text }) } };
    }
    return {
      id: record.get('id') as string,
      sha256: record.get('sha256') as string,
      extraction,
      resolution: record.get('resolution') as string | null,
      url: (record.get('url') as string | null) ?? undefined,
      source: (record.get('source') as string | null) ?? undefined,
    };
  });
}
