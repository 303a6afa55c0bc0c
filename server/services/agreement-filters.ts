// Agreement filters as one Cypher MATCH that starts from an indexed look-up: the full-text index for
// words, an entity by id (the Entity id constraint), the agreement_date or agreement_kind index, and
// only with no filter at all the Agreement label. Every other filter is a predicate on the rows found.
import { checkRange, dateRangePredicates } from './date-range';
import { luceneQuery } from './search';

export interface AgreementFilters {
  /** Agreements every one of these institutions is party to. */
  institution?: string[];
  /** Agreements every one of these people signed or witnessed. */
  person?: string[];
  /** Agreements held at each of these places or events, directly or within them. */
  place?: string[];
  from?: string;
  to?: string;
  /** Any of these kinds. */
  kind?: string[];
  q?: string;
}

export interface AgreementMatch {
  /** Cypher binding `a` to each matching agreement once. */
  cypher: string;
  params: Record<string, unknown>;
  /**
   * Set when no words nor entity anchor the match: the agreements are those of `MATCH (a:Agreement)
   * WHERE <where>`, which a page can read in the agreement_date index's order.
   */
  labelScan: { where: string[] } | null;
}

const PATTERNS = {
  institution: (id: string) => `(:Entity {id: ${id}})-[:PARTY_TO]->(a)`,
  person: (id: string) => `(:Entity {id: ${id}})-[:SIGNED|WITNESSED_BY]-(a)`,
  // Held at the place, or at a venue, city or event within it (Agreement -> Event -> Place -> Country).
  place: (id: string) => `(:Entity {id: ${id}})<-[:LOCATED_IN|HELD_AT*0..3]-()<-[:HELD_AT]-(a)`,
} as const;
type EntityFilter = keyof typeof PATTERNS;
const ENTITY_FILTERS: readonly EntityFilter[] = ['institution', 'person', 'place'];

/**
 * The MATCH for a set of filters, or null when they can match nothing (words without any letter).
 * @example agreementMatch({ institution: ['institution:imss'] })!.cypher
 *   // "MATCH (:Entity {id: $anchor})-[:PARTY_TO]->(a:Agreement) WITH DISTINCT a"
 */
export function agreementMatch(filters: AgreementFilters): AgreementMatch | null {
  checkRange(filters);
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let anchor: string;
  let anchored: EntityFilter | null = null;

  const search = filters.q === undefined ? null : luceneQuery(filters.q);
  if (search === '') return null;
  if (search) {
    params.search = search;
    anchor = `CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node
WITH node AS a WHERE a:Agreement`;
  } else {
    anchored = ENTITY_FILTERS.find((f) => filters[f]?.length) ?? null;
    if (anchored) {
      params.anchor = filters[anchored]![0];
      anchor = `MATCH ${PATTERNS[anchored]('$anchor').replace('(a)', '(a:Agreement)')}
WITH DISTINCT a`;
    } else {
      anchor = 'MATCH (a:Agreement)';
    }
  }

  for (const f of ENTITY_FILTERS) {
    const ids = (filters[f] ?? []).filter((_id, i) => !(f === anchored && i === 0));
    if (!ids.length) continue;
    params[f] = ids;
    where.push(`all(fid IN $${f} WHERE EXISTS { MATCH ${PATTERNS[f]('fid')} })`);
  }
  const dates = dateRangePredicates('a.date', filters);
  where.push(...dates.where);
  Object.assign(params, dates.params);
  if (filters.kind?.length) {
    where.push('a.kind IN $kinds');
    params.kinds = filters.kind;
  }
  // With no other anchor, a plain MATCH with these predicates lets the planner seek the date or kind index.
  const keyword = anchor.includes('WHERE') ? 'AND' : 'WHERE';
  const cypher = where.length ? `${anchor}\n${keyword} ${where.join('\n  AND ')}` : anchor;
  const labelScan = search || anchored ? null : { where };
  return { cypher, params, labelScan };
}
