// The loader's Cypher: batched UNWIND … MERGE per label and per relationship type + endpoint labels.
// Labels and types are spliced into the text only from the model's fixed lists (validated first);
// every value is a parameter.
import type { EntityLabel, FactType } from '../../model';

/** Documents with a content, an id or an origin (url, source) of the load (indexed: schema.cypher). */
export const FIND_EXISTING_DOCUMENTS = `
MATCH (d:Document) WHERE d.sha256 IN $shas OR d.id IN $ids OR d.url IN $urls OR d.source IN $sources
RETURN d.id AS id, d.sha256 AS sha256, d.url AS url, d.source AS source`;

export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props
RETURN count(*) AS written`;

/** `name` -> n.`name` = coalesce(row.props.`name`, n.`name`): a property absent from a row keeps its value. */
function setProperties(variable: string, keys: readonly string[]): string {
  return keys
    .map((key) => {
      const quoted = `\`${key.replace(/`/g, '``')}\``;
      return `,\n    ${variable}.${quoted} = coalesce(row.props.${quoted}, ${variable}.${quoted})`;
    })
    .join('');
}

/** `name` -> n.`name` = row.props.`name`: a new node or relationship takes the row's value (null sets nothing). */
function createProperties(variable: string, keys: readonly string[]): string {
  return keys
    .map((key) => {
      const quoted = `\`${key.replace(/`/g, '``')}\``;
      return `,\n    ${variable}.${quoted} = row.props.${quoted}`;
    })
    .join('');
}

/**
 * Entities and their MENTIONED_IN edges, in one pass. Nodes are found by id under the Entity label that every
 * entity carries, and take their own label only when created: a label corrected by curation survives reloads.
 * Names and properties are set; sources kept as a set-union; aliases too, unless `replaceAliases`: when every
 * document is resolved with all the others (an ingest), each row holds the entity's whole alias list, and
 * setting it keeps aliases of an earlier resolution from lingering (curated ones are replayed after the load). A node MERGE creates takes the row's values straight (ON CREATE); only a node already there
 * reads its old arrays (ON MATCH). Properties are named one by one (not `SET n += map`), and old values are
 * read inside the SET: both keep the planner from adding Eager operators that materialise every row twice.
 *
 * MENTIONED_IN edges are CREATEd, not merged: the loader only ever writes a document whose Document node is
 * new (an unchanged one is skipped by sha256, a reloaded one is deleted first), and one edge per entity and
 * document, so none can exist yet. Writing them from the entity row saves a second look-up of every entity.
 * `written` counts the edges: fewer than the rows hold means a Document node was missing.
 */
export function mergeEntities(
  label: EntityLabel,
  propertyKeys: readonly string[] = [],
  replaceAliases = false,
): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${label},
    n.name = row.name,
    n.aliases = [a IN row.aliases WHERE a <> row.name],
    n.sources = row.sources${createProperties('n', propertyKeys)}
ON MATCH SET n.name = row.name,
    n.aliases = ${
      replaceAliases
        ? '[a IN row.aliases WHERE a <> row.name]'
        : '[a IN coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] WHERE a <> row.name]'
    },
    n.sources = coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])]${setProperties('n', propertyKeys)}
WITH n, row
UNWIND row.mentions AS mention
MATCH (d:Document {id: mention.doc})
CREATE (n)-[:MENTIONED_IN {offsets: mention.offsets}]->(d)
RETURN count(*) AS written`;
}

/**
 * Fact relationships. A relationship MERGE creates takes the row's arrays straight (ON CREATE). On one already
 * there (ON MATCH), evidence arrives per document: entries of a document already among the relationship's
 * sources are not appended again, so loading twice never duplicates evidence. SET items run in order:
 * `sources` is updated last, after the evidence filters have read the old value.
 */
export function mergeFacts(type: FactType, propertyKeys: readonly string[] = []): string {
  const key = type === 'HOLDS_ROLE' ? ' {role: row.role}' : '';
  const fresh =
    'i IN range(0, size(row.evidence) - 1) WHERE NOT row.evidenceSources[i] IN coalesce(r.sources, [])';
  const signedWith = type === 'SIGNED_WITH';
  const agreementsCreate = signedWith ? '\n    r.agreements = row.agreements,' : '';
  const agreementsMatch = signedWith
    ? `
    r.agreements = coalesce(r.agreements, []) + [a IN row.agreements WHERE NOT a IN coalesce(r.agreements, [])],`
    : '';
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}${key}]->(b)
ON CREATE SET r.evidence = row.evidence,
    r.evidenceSources = row.evidenceSources,
    r.evidenceOffsets = row.evidenceOffsets,
    r.rules = row.rules,${agreementsCreate}
    r.sources = row.sources${createProperties('r', propertyKeys)}
ON MATCH SET r.evidence = coalesce(r.evidence, []) + [${fresh} | row.evidence[i]],
    r.evidenceSources = coalesce(r.evidenceSources, []) + [${fresh} | row.evidenceSources[i]],
    r.evidenceOffsets = coalesce(r.evidenceOffsets, []) + [${fresh} | row.evidenceOffsets[i]],
    r.rules = coalesce(r.rules, []) + [x IN row.rules WHERE NOT x IN coalesce(r.rules, [])],${agreementsMatch}
    r.sources = coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])]${setProperties('r', propertyKeys)}
RETURN count(*) AS written`;
}

/**
 * Removes documents' contributions before a forced or changed reload, all of a group's in three
 * statements: their evidence and sources on every fact (facts left without sources are deleted), their
 * ids in entity sources (entities only they knew are deleted), their MENTIONED_IN edges and Document nodes. Aliases and rules are kept: they are
 * set-unions without per-document provenance. A document's facts join two of its own entities (every
 * node of a document has its MENTIONED_IN edge), so they are found between pairs of them (Expand(Into),
 * from the end with fewer relationships), never by walking every relationship of a hub it names: the
 * cost of a reload stays that of the document, whatever the size of the graph.
 */
export const REMOVE_DOCUMENT_FACTS = `
UNWIND $docs AS doc
MATCH (:Document {id: doc})<-[:MENTIONED_IN]-(n)
WITH doc, collect(n) AS nodes
UNWIND nodes AS a
UNWIND nodes AS b
MATCH (a)-[r]->(b)
WHERE doc IN r.sources
WITH r, collect(DISTINCT doc) AS gone
WITH r, gone, [i IN range(0, size(coalesce(r.evidenceSources, [])) - 1) WHERE NOT r.evidenceSources[i] IN gone] AS keep
SET r.sources = [s IN r.sources WHERE NOT s IN gone],
    r.evidence = [i IN keep | r.evidence[i]],
    r.evidenceSources = [i IN keep | r.evidenceSources[i]],
    r.evidenceOffsets = [i IN keep | r.evidenceOffsets[i]]
WITH r WHERE size(r.sources) = 0
DELETE r`;

export const REMOVE_DOCUMENT_ENTITIES = `
UNWIND $docs AS doc
MATCH (d:Document {id: doc})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH n, collect(doc) AS gone
SET n.sources = [s IN coalesce(n.sources, []) WHERE NOT s IN gone]
WITH n WHERE size(n.sources) = 0
DETACH DELETE n`;

export const REMOVE_DOCUMENT_NODE = `
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
DETACH DELETE d`;
