// Which of some entity ids are nodes in the graph now.
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel } from '../../model';

/**
 * @example const left = await findExistingIds(db.driver, db.database, 'Institution', ['institution:isss']);
 */
export async function findExistingIds(
  driver: Driver,
  database: string | undefined,
  label: EntityLabel,
  ids: readonly string[],
): Promise<Set<string>> {
  // The label is spliced into the text only from the model's fixed list, so the id index is used.
  if (!ENTITY_LABELS.includes(label)) throw new Error(`findExistingIds: unknown label "${label}"`);
  const result = await driver.executeQuery(
    `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`,
    { ids },
    { database, routing: 'READ' },
  );
  return new Set(result.records.map((record) => record.get('id') as string));
}
