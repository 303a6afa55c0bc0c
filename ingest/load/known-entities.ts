// Reads the entities already in the graph as one extraction, so that resolution can attach new
// mentions to existing nodes (see GRAPH_DOCUMENT_ID in ingest/resolve).
import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../../cypher/named-queries';
import type { EntityLabel, Extraction, ExtractedNode, FactType } from '../../model';

interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  acronym: string | null;
  kind: string | null;
  date: string | null;
  title: string | null;
}

/**
 * `replacing`: ids of graph documents the load will replace; entities only they stand for are left out.
 * @example const known = await readKnownEntities(db.driver, db.database, 'graph:existing');
 *          resolveExtractions(extractions, rules, { known });
 */
export async function readKnownEntities(
  driver: Driver,
  database: string | undefined,
  documentId: string,
  replacing: readonly string[] = [],
): Promise<Extraction> {
  const params = { replacing: [...replacing] };
  const [entities, relations] = await Promise.all([
    driver.executeQuery(namedQuery('known-entities'), params, { database, routing: 'READ' }),
    driver.executeQuery(namedQuery('known-relations'), params, { database, routing: 'READ' }),
  ]);
  const nodes: ExtractedNode[] = entities.records.map((record) => {
    const row = record.toObject() as unknown as EntityRow;
    const properties = Object.fromEntries(
      (['acronym', 'kind', 'date', 'title'] as const).filter((k) => row[k] !== null).map((k) => [k, row[k]]),
    );
    return { id: row.id, label: row.label, name: row.name, aliases: row.aliases, properties };
  });
  const relationships = relations.records.map((record) => ({
    type: record.get('type') as FactType,
    from: record.get('from') as string,
    to: record.get('to') as string,
    properties: {},
    evidence: [],
  }));
  return {
    document: { id: documentId, file: '(graph)', title: null, date: null, lang: 'es', sha256: '' },
    nodes,
    relationships,
  };
}
