// The one query behind an entity page: the node, its degree per type (from Neo4j's degree store), posts,
// agreements, mentions and relations, each list sorted and cut inside the query so that a hub with
// thousands of relationships costs one sort, not thousands of rows sent.
//
// Each part is its own branch of a UNION ALL, starting again from the entity's index entry: were they
// subqueries of one RETURN, every row sorted by a later part would carry the lists built by the earlier
// ones, and Neo4j counts that memory per row (a hub's page then needs hundreds of MB).
import { FACT_TYPES } from '../../model';
import { agreementSummaryOf, byDate } from './agreement-summary';
import { documentRefOf, newestFirst } from './document-ref';
import { summaryOf } from './entity-summary';

/** Relationship types through which an entity takes part in an agreement, and as what. */
export const INVOLVEMENT = {
  PARTY_TO: 'party',
  SIGNED: 'signer',
  WITNESSED_BY: 'witness',
  HELD_AT: 'venue',
} as const;

/** The parts of the answer, one row each: `part` names it, `value` holds it. */
export type EntityPart = 'entity' | 'roles' | 'agreements' | 'mentions' | 'relations';

/** The first `$evidence` sentences of relationship `r`, with their documents and spans. */
const EVIDENCE = `evidence: coalesce(r.evidence, [])[0..toInteger($evidence)],
      evidenceSources: coalesce(r.evidenceSources, [])[0..toInteger($evidence)],
      evidenceOffsets: coalesce(r.evidenceOffsets, [])[0..toInteger($evidence)]`;

const STRONGEST_FIRST = 'size(coalesce(r.sources, [])) DESC';
const BY_TYPE = `{${FACT_TYPES.map((t) => `${t}: COUNT { (e)-[:${t}]-() }`).join(', ')}}`;
const AGREEMENT_TYPES = Object.keys(INVOLVEMENT).join('|');
// Fact types named, not `type(r) <> 'MENTIONED_IN'`: a hub's many MENTIONED_IN edges are then never read.
const FACTS = FACT_TYPES.join('|');
const ENTITY = 'MATCH (e:Entity {id: $id})';

const PARTS: Record<EntityPart, string> = {
  entity: `${ENTITY}
RETURN 'entity' AS part, {entity: ${summaryOf('e')}, properties: properties(e), byType: ${BY_TYPE},
  agreement: CASE WHEN e:Agreement THEN ${agreementSummaryOf('e')} ELSE null END,
  rolesTotal: COUNT { (e)-[:HOLDS_ROLE]-() },
  agreementsTotal: COUNT { MATCH (e)-[:${AGREEMENT_TYPES}]-(a:Agreement) RETURN DISTINCT a },
  mentionsTotal: COUNT { (e)-[:MENTIONED_IN]->() }} AS value`,

  roles: `${ENTITY}
MATCH (e)-[r:HOLDS_ROLE]-(:Entity)
WITH r, startNode(r) AS p, endNode(r) AS i
ORDER BY ${STRONGEST_FIRST}, i.name, p.name, r.role LIMIT toInteger($limit)
RETURN 'roles' AS part, collect({person: ${summaryOf('p')}, institution: ${summaryOf('i')}, role: r.role, ${EVIDENCE},
  dates: COLLECT { MATCH (rd:Document) WHERE rd.id IN coalesce(r.sources, []) AND rd.date IS NOT NULL
    RETURN toString(rd.date) AS day ORDER BY day }}) AS value`,

  agreements: `${ENTITY}
MATCH (e)-[r:${AGREEMENT_TYPES}]-(a:Agreement)
WITH a, collect(DISTINCT type(r)) AS types
ORDER BY ${byDate('a')} LIMIT toInteger($limit)
RETURN 'agreements' AS part, collect({agreement: ${agreementSummaryOf('a')}, types: types}) AS value`,

  mentions: `${ENTITY}
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH m, d ORDER BY ${newestFirst('d')} LIMIT toInteger($limit)
RETURN 'mentions' AS part, collect({document: ${documentRefOf('d')}, offsets: coalesce(m.offsets, [])}) AS value`,

  relations: `${ENTITY}
MATCH (e)-[r:${FACTS}]-(o:Entity)
WITH e, r, o ORDER BY ${STRONGEST_FIRST}, type(r), o.name, o.id, r.role LIMIT toInteger($limit)
RETURN 'relations' AS part, collect({type: type(r), from: startNode(r).id, to: endNode(r).id, other: ${summaryOf('o')},
  role: r.role, ${EVIDENCE}, evidenceCount: size(coalesce(r.evidence, [])), sourceCount: size(coalesce(r.sources, []))}) AS value`,
};

/**
 * Parameters: $id, $limit (items per list), $evidence (sentences per relation). No row when the entity
 * does not exist; otherwise one row per part (a list part with no items still answers, empty).
 */
export const ENTITY_DETAIL = Object.values(PARTS).join('\nUNION ALL\n');
