// Curation's Cypher. Without APOC, a relationship type or a label cannot be a parameter, so statements
// are generated per type and per label, spliced only from the model's fixed lists.
import { ENTITY_LABELS, FACT_TYPES, RELATIONSHIP_TYPES } from '../../../model';
import type { EntityLabel, FactType, RelationshipType } from '../../../model';

function assertFactType(type: string): asserts type is FactType {
  if (!(FACT_TYPES as readonly string[]).includes(type))
    throw new Error(`curation: unknown fact type "${type}"`);
}

/** `[i IN …]` of an evidence list: its entries' "document@start-end" keys. */
const keysOf = (v: string) =>
  `[j IN range(0, size(coalesce(${v}.evidence, [])) - 1) | coalesce(${v}.evidenceSources[j], '') + '@' + coalesce(${v}.evidenceOffsets[j], '')]`;

/**
 * Adds facts to the graph, combining each with the one already there between the same entities (same
 * type, and post for HOLDS_ROLE): sources, rules and agreements as set unions, evidence entries appended
 * when their document and span are new, so the three evidence arrays stay parallel. Rows:
 * `{from, to, role, props}`; `written` counts the rows whose two ends exist.
 */
export function combineFacts(type: FactType): string {
  assertFactType(type);
  const key = type === 'HOLDS_ROLE' ? ' {role: row.role}' : '';
  const union = (property: string) =>
    `s.${property} = coalesce(s.${property}, []) + [x IN coalesce(row.props.${property}, []) WHERE NOT x IN coalesce(s.${property}, [])]`;
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[s:${type}${key}]->(b)
ON CREATE SET s = row.props
WITH s, row, ${keysOf('s')} AS have
WITH s, row, [i IN range(0, size(coalesce(row.props.evidence, [])) - 1)
  WHERE NOT (coalesce(row.props.evidenceSources[i], '') + '@' + coalesce(row.props.evidenceOffsets[i], '')) IN have] AS fresh
SET s.evidence = coalesce(s.evidence, []) + [i IN fresh | row.props.evidence[i]],
    s.evidenceSources = coalesce(s.evidenceSources, []) + [i IN fresh | row.props.evidenceSources[i]],
    s.evidenceOffsets = coalesce(s.evidenceOffsets, []) + [i IN fresh | row.props.evidenceOffsets[i]],
    ${union('rules')},${type === 'SIGNED_WITH' ? `\n    ${union('agreements')},` : ''}
    ${union('sources')}
RETURN count(*) AS written`;
}

/** Mentions moved onto an entity: one MENTIONED_IN per entity and document, offsets as a set union. */
export const COMBINE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (d:Document {id: row.doc})
MERGE (a)-[m:MENTIONED_IN]->(d)
ON CREATE SET m.offsets = row.offsets
ON MATCH SET m.offsets = coalesce(m.offsets, []) + [o IN row.offsets WHERE NOT o IN coalesce(m.offsets, [])]
RETURN count(*) AS written`;

/** Relationships recreated exactly as a snapshot holds them (rows: `{from, to, props}`). */
export function createRelationships(type: RelationshipType): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type))
    throw new Error(`curation: unknown relationship type "${type}"`);
  const end = type === 'MENTIONED_IN' ? 'Document' : 'Entity';
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:${end} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(*) AS written`;
}

const ANY_ENTITY_LABEL = ENTITY_LABELS.join(':');

/** Gives an entity another label among the entity labels (the Entity label stays). */
export function relabel(label: EntityLabel): string {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`curation: "${label}" is not an entity label`);
  return `
MATCH (n:Entity {id: $id}) WHERE NOT n:${label}
REMOVE n:${ANY_ENTITY_LABEL}
SET n:${label}
RETURN count(n) AS changed`;
}

/** Nodes set back to a snapshot: properties replaced, entity labels as they were (rows: `{id, labels, props}`). */
export const RESTORE_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
REMOVE n:${ANY_ENTITY_LABEL}
${ENTITY_LABELS.map((l) => `FOREACH (_ IN CASE WHEN '${l}' IN row.labels THEN [1] ELSE [] END | SET n:${l})`).join('\n')}
RETURN count(n) AS written`;

/** One fact by its stable parts; HOLDS_ROLE facts without a post have role ''. */
export const FIND_FACT = `
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND ($type <> 'HOLDS_ROLE' OR coalesce(r.role, '') = $role)
RETURN elementId(r) AS elementId, properties(r) AS props
LIMIT 1`;

export const SET_RELATIONSHIP = `
MATCH ()-[r]->() WHERE elementId(r) = $elementId
SET r = $props`;

export const DELETE_RELATIONSHIP = `
MATCH ()-[r]->() WHERE elementId(r) = $elementId
DELETE r`;

/** The live id for an id, following redirects left by merges (at most 20 hops), or null. */
export const RESOLVE_ID = `
OPTIONAL MATCH (e:Entity {id: $id})
OPTIONAL MATCH (r:Redirect {id: $id})
RETURN e IS NOT NULL AS exists, r.to AS to`;
