// Documents: the filtered list (newest first, with how many entities and facts each holds) and one
// document with its text, every mention span and every evidence span. Each request is one round trip
// starting from an index: an entity by id, the title index or the file text index, the date index.
import { FACT_TYPES, relationshipId, type FactType } from '../../model';
import type { EntitySummary } from '../../model/api/common';
import type { DocumentDetail, DocumentList, DocumentListItem } from '../../model/api/documents';
import type { Gateway } from '../db';
import { checkRange, dateRangePredicates } from './date-range';
import { newestFirst } from './document-ref';
import { summaryOf } from './entity-summary';
import { luceneQuery } from './search';
import { parseSpan, parseSpans } from './spans';

export interface DocumentFilters {
  q?: string;
  lang?: string[];
  /** Documents mentioning every one of these entities. */
  entity?: string[];
  from?: string;
  to?: string;
}

// Fact types named, not `type(r) <> 'MENTIONED_IN'`: a hub's many MENTIONED_IN edges are then never read.
const FACTS = FACT_TYPES.join('|');

/** Facts citing document `v`: every fact starts at an entity the document mentions. */
const relationCount = (v: string) =>
  `COUNT { MATCH (${v})<-[:MENTIONED_IN]-(:Entity)-[r:${FACTS}]->(:Entity) WHERE ${v}.id IN coalesce(r.sources, []) }`;

const listFields = (v: string) => `id: ${v}.id, title: ${v}.title,
  date: CASE WHEN ${v}.date IS NULL THEN null ELSE toString(${v}.date) END, file: ${v}.file, lang: ${v}.lang,
  url: ${v}.url, location: ${v}.location`;

/** The MATCH binding `d` to each matching document once, from the most selective index. */
function documentMatch(filters: DocumentFilters): { cypher: string; params: Record<string, unknown> } {
  checkRange(filters);
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let anchor: string;
  let entities = filters.entity ?? [];
  if (filters.q !== undefined) {
    // Title words through the full-text index, or a fragment of the file name through its text index.
    const search = luceneQuery(filters.q);
    params.q = filters.q;
    params.search = search;
    const byTitle = search
      ? `CALL db.index.fulltext.queryNodes('document_titles', $search) YIELD node RETURN node AS d UNION `
      : '';
    anchor = `CALL { ${byTitle}MATCH (d:Document) WHERE d.file CONTAINS $q RETURN d }\nWITH d`;
  } else if (entities.length) {
    params.anchor = entities[0];
    entities = entities.slice(1);
    anchor = 'MATCH (:Entity {id: $anchor})-[:MENTIONED_IN]->(d:Document)\nWITH d';
  } else {
    anchor = 'MATCH (d:Document)';
  }
  if (entities.length) {
    params.entities = entities;
    where.push('all(eid IN $entities WHERE EXISTS { MATCH (:Entity {id: eid})-[:MENTIONED_IN]->(d) })');
  }
  const dates = dateRangePredicates('d.date', filters);
  where.push(...dates.where);
  Object.assign(params, dates.params);
  if (filters.lang?.length) {
    where.push('d.lang IN $langs');
    params.langs = filters.lang;
  }
  return { cypher: where.length ? `${anchor}\nWHERE ${where.join('\n  AND ')}` : anchor, params };
}

/**
 * @example await listDocuments(gateway, { lang: ['es'] }, { limit: 50, offset: 0 }) // newest first
 */
export async function listDocuments(
  gateway: Gateway,
  filters: DocumentFilters,
  options: { limit: number; offset: number; timeoutMs?: number },
): Promise<DocumentList> {
  const match = documentMatch(filters);
  const query = `${match.cypher}
WITH d ORDER BY ${newestFirst('d')}
WITH collect(d) AS hits
RETURN size(hits) AS total, [doc IN hits[toInteger($offset)..toInteger($offset + $limit)] | {${listFields('doc')},
  entityCount: COUNT { (doc)<-[:MENTIONED_IN]-(:Entity) }, relationCount: ${relationCount('doc')}}] AS items`;
  const { rows } = await gateway.read<{ total: number; items: DocumentListItem[] }>(
    query,
    { ...match.params, offset: options.offset, limit: options.limit },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'documents' } },
  );
  const total = rows[0]?.total ?? 0;
  const items = rows[0]?.items ?? [];
  const next = options.offset + items.length;
  return {
    items,
    total,
    limit: options.limit,
    offset: options.offset,
    nextOffset: next < total ? next : null,
  };
}

const DOCUMENT_DETAIL = `
MATCH (d:Document {id: $id})
RETURN {${listFields('d')}, source: d.source} AS document, coalesce(d.text, '') AS text,
  COLLECT { MATCH (d)<-[m:MENTIONED_IN]-(n:Entity) RETURN {entity: ${summaryOf('n')}, offsets: coalesce(m.offsets, [])} AS mention } AS mentions,
  COLLECT {
    MATCH (d)<-[:MENTIONED_IN]-(n:Entity)-[r:${FACTS}]->(o:Entity)
    WHERE $id IN coalesce(r.sources, [])
    WITH n, r, o, coalesce(r.evidenceSources, []) AS docs
    RETURN {from: n.id, type: type(r), to: o.id, role: r.role,
      spans: [i IN range(0, size(docs) - 1) WHERE docs[i] = $id | {text: r.evidence[i], offsets: r.evidenceOffsets[i]}]} AS fact
  } AS facts`;

interface DetailRow {
  document: Omit<DocumentDetail['document'], 'entityCount' | 'relationCount'>;
  text: string;
  mentions: { entity: EntitySummary; offsets: string[] }[];
  facts: {
    from: string;
    type: FactType;
    to: string;
    role: string | null;
    spans: { text: string | null; offsets: string | null }[];
  }[];
}

/**
 * A document with every mention and evidence span in text order; null when unknown.
 * @example (await documentDetail(gateway, 'doc:6d0964ada376c3ae'))!.evidence[0] // { relationshipId, type, start, end, text }
 */
export async function documentDetail(
  gateway: Gateway,
  id: string,
  options: { timeoutMs?: number } = {},
): Promise<DocumentDetail | null> {
  const { rows } = await gateway.read<DetailRow>(
    DOCUMENT_DETAIL,
    { id },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'document' } },
  );
  const row = rows[0];
  if (!row) return null;
  const mentions = row.mentions
    .flatMap(({ entity, offsets }) => parseSpans(offsets).map((span) => ({ entity, ...span })))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.entity.id.localeCompare(b.entity.id));
  const evidence = row.facts
    .flatMap((fact) =>
      fact.spans.map(({ text, offsets }) => {
        const span = parseSpan(offsets ?? '');
        return {
          relationshipId: relationshipId(
            fact.from,
            fact.type,
            fact.to,
            fact.type === 'HOLDS_ROLE' ? fact.role : null,
          ),
          type: fact.type,
          start: span?.start ?? null,
          end: span?.end ?? null,
          text: text ?? '',
        };
      }),
    )
    .sort(
      (a, b) =>
        (a.start ?? Infinity) - (b.start ?? Infinity) ||
        (a.end ?? Infinity) - (b.end ?? Infinity) ||
        a.relationshipId.localeCompare(b.relationshipId),
    );
  return {
    document: { ...row.document, entityCount: row.mentions.length, relationCount: row.facts.length },
    text: row.text,
    mentions,
    evidence,
  };
}
