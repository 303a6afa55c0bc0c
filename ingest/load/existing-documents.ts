// Which documents of a load are in the graph already, by content (sha256) and by id.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';
import { FIND_EXISTING_DOCUMENTS } from './cypher';

/**
 * @example const { bySha } = await findExistingDocuments(driver, 'neo4j', extractions);
 *          bySha.get(extraction.document.sha256) // the id of the document with that content, if any
 */
export async function findExistingDocuments(
  driver: Driver,
  database: string | undefined,
  extractions: Extraction[],
): Promise<{ bySha: Map<string, string>; byId: Map<string, string> }> {
  const bySha = new Map<string, string>();
  const byId = new Map<string, string>();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (let start = 0; start < extractions.length; start += 10_000) {
      const slice = extractions.slice(start, start + 10_000);
      const result = await session.executeRead((tx) =>
        tx.run(FIND_EXISTING_DOCUMENTS, {
          shas: slice.map((e) => e.document.sha256),
          ids: slice.map((e) => e.document.id),
        }),
      );
      for (const record of result.records) {
        const id = record.get('id') as string;
        bySha.set(record.get('sha256') as string, id);
        byId.set(id, id);
      }
    }
  } finally {
    await session.close();
  }
  return { bySha, byId };
}
