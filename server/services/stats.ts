// GET /api/stats: what the graph holds, from Neo4j's count store (one look-up per label and type) and
// one pass over the agreements for their dates. Bookkeeping nodes (curations, redirects) are not counted.
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../model';
import type { Stats } from '../../model/api/analytics';
import type { Gateway } from '../db';

// Labels and types are the schema's own words, so they are written into the query (the count store
// answers only for literal labels and types).
const STATS = `
CALL () { RETURN {${ENTITY_LABELS.map((l) => `${l}: COUNT { (:${l}) }`).join(', ')}} AS entities }
CALL () { RETURN {${RELATIONSHIP_TYPES.map((t) => `${t}: COUNT { ()-[:${t}]->() }`).join(', ')}} AS relationships }
CALL () { RETURN COUNT { (:Document) } AS documents }
CALL () {
  MATCH (a:Agreement)
  RETURN count(a.date) AS dated, count(*) - count(a.date) AS undated, min(a.date) AS firstDate, max(a.date) AS lastDate
}
RETURN entities, relationships, documents, {dated: dated, undated: undated, firstDate: firstDate, lastDate: lastDate} AS agreements`;

export async function graphStats(gateway: Gateway, timeoutMs?: number): Promise<Stats> {
  const { rows } = await gateway.read<Stats>(
    STATS,
    {},
    { timeoutMs, metadata: { app: 'enlace', op: 'stats' } },
  );
  const row = rows[0]!;
  return {
    ...row,
    agreements: {
      ...row.agreements,
      firstDate: row.agreements.firstDate === null ? null : String(row.agreements.firstDate),
      lastDate: row.agreements.lastDate === null ? null : String(row.agreements.lastDate),
    },
  };
}
