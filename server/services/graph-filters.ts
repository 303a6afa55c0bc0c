// The filters of the graph views (neighbourhood, overview) as Cypher predicates: relationship types,
// neighbour labels and a date range on the documents or the agreement behind each relationship.
import { FACT_TYPES, type EntityLabel, type FactType } from '../../model';
import { checkRange, dateRangePredicates } from './date-range';

export interface GraphFilters {
  labels?: readonly EntityLabel[];
  types?: readonly FactType[];
  from?: string;
  to?: string;
}

export interface GraphPredicates {
  /** On relationship `r`: its type, and the date range. */
  rel: (r: string) => string;
  /** On entity `n`: its label. */
  node: (n: string) => string;
  params: Record<string, unknown>;
}

/**
 * Predicates for a set of filters (the range checked first, naming the field when it is reversed).
 * @example graphPredicates({ types: ['SIGNED'] }).rel('r') // "type(r) IN $types"
 */
export function graphPredicates(filters: GraphFilters): GraphPredicates {
  checkRange(filters);
  const params: Record<string, unknown> = { types: filters.types?.length ? filters.types : FACT_TYPES };
  const dated = filters.from !== undefined || filters.to !== undefined;
  const dates = (prop: string) => dateRangePredicates(prop, filters).where.join(' AND ');
  Object.assign(params, dateRangePredicates('x', filters).params);
  const labels = filters.labels?.length ? filters.labels : null;
  if (labels) params.labels = labels;
  const rel = (r: string) => {
    const typed = `type(${r}) IN $types`;
    if (!dated) return typed;
    // A dated document stating it, or the agreement it is about (an end, or SIGNED_WITH's list).
    const byDocument = `EXISTS { MATCH (gd:Document) WHERE gd.id IN coalesce(${r}.sources, []) AND ${dates('gd.date')} }`;
    const byEnd = `any(ge IN [startNode(${r}), endNode(${r})] WHERE ge:Agreement AND ${dates('ge.date')})`;
    const byList = `EXISTS { MATCH (ga:Agreement) WHERE ga.id IN coalesce(${r}.agreements, []) AND ${dates('ga.date')} }`;
    return `${typed} AND (${byDocument} OR ${byEnd} OR ${byList})`;
  };
  const node = (n: string) => (labels ? `any(gl IN labels(${n}) WHERE gl IN $labels)` : 'true');
  return { rel, node, params };
}

/** Cypher: the degree of entity `n`, MENTIONED_IN excluded (read from Neo4j's degree counts). */
export const degreeOf = (n: string) => `COUNT { (${n})--() } - COUNT { (${n})-[:MENTIONED_IN]-() }`;
