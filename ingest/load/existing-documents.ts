// Which documents of a load are in the graph already: by content (sha256), by id, and by origin (the url
// they declare, the path they were read from), which is how an edited file's earlier version is found.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';
import { FIND_EXISTING_DOCUMENTS } from './cypher';
import type { ExistingDocument } from './plan-writes';

/**
 * @example const existing = await findExistingDocuments(driver, 'neo4j', extractions);
 *          existing.find((doc) => doc.sha256 === extraction.document.sha256) // that content, if loaded
 */
export async function findExistingDocuments(
  driver: Driver,
  database: string | undefined,
  extractions: Extraction[],
): Promise<ExistingDocument[]> {
  const found = new Map<string, ExistingDocument>();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (let start = 0; start < extractions.length; start += 10_000) {
      const slice = extractions.slice(start, start + 10_000).map((e) => e.document);
      const result = await session.executeRead((tx) =>
        tx.run(FIND_EXISTING_DOCUMENTS, {
          shas: slice.map((d) => d.sha256),
          ids: slice.map((d) => d.id),
          urls: slice.flatMap((d) => (d.url ? [d.url] : [])),
          sources: slice.flatMap((d) => (d.source ? [d.source] : [])),
        }),
      );
      for (const record of result.records) {
        const id = record.get('id') as string;
        found.set(id, {
          id,
          sha256: record.get('sha256') as string,
          url: record.get('url') as string | null,
          source: (record.get('source') as string | null) ?? undefined,
        });
      }
    }
  } finally {
    await session.close();
  }
  return [...found.values()];
}
