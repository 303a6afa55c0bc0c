// Which documents already in the graph a load will replace: those it reloads (same content, with
// `force`) or whose text changed (same id, another sha256). The same choice loadExtractions makes.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';
import { FIND_EXISTING_DOCUMENTS } from './cypher';

/**
 * @example const replacing = await replacedDocuments(db.driver, db.database, documents, true);
 */
export async function replacedDocuments(
  driver: Driver,
  database: string | undefined,
  documents: readonly Extraction['document'][],
  force: boolean,
): Promise<string[]> {
  if (documents.length === 0) return [];
  const result = await driver.executeQuery(
    FIND_EXISTING_DOCUMENTS,
    { shas: documents.map((d) => d.sha256), ids: documents.map((d) => d.id) },
    { database, routing: 'READ' },
  );
  const bySha = new Map<string, string>();
  const byId = new Set<string>();
  for (const record of result.records) {
    bySha.set(record.get('sha256') as string, record.get('id') as string);
    byId.add(record.get('id') as string);
  }
  const replaced = new Set<string>();
  for (const document of documents) {
    const sameContent = bySha.get(document.sha256);
    if (sameContent !== undefined && !force) continue;
    if (sameContent !== undefined) replaced.add(sameContent);
    if (byId.has(document.id)) replaced.add(document.id);
  }
  return [...replaced];
}
