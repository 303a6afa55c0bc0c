// The Cypher behind GET /api/graph/neighborhood, built for a set of filters. Hubs with thousands of
// neighbours are counted and ranked in the database; only a page of ids comes back per (entity, type).
import { degreeOf, type GraphPredicates } from './graph-filters';

/**
 * One step: for each frontier entity and relationship type, how many neighbours match (not yet seen)
 * and a page of their ids, strongest first (sources, then evidence sentences, then degree, then id).
 */
export function stepQuery(p: GraphPredicates): string {
  return `
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(n:Entity)
WHERE ${p.rel('r')} AND ${p.node('n')} AND NOT n.id IN $seen
WITH fid, type(r) AS type, n,
  sum(size(coalesce(r.sources, []))) AS sources, sum(size(coalesce(r.evidence, []))) AS evidence
WITH fid, type, n, sources, evidence, ${degreeOf('n')} AS degree
ORDER BY sources DESC, evidence DESC, degree DESC, n.id
WITH fid, type, collect(n.id) AS ids
RETURN fid AS id, type, size(ids) AS total, ids[$offset..$offset + $take] AS page`;
}

/** The chosen entities with their degree and the neighbours (matching the filters) left out. */
export function nodesQuery(p: GraphPredicates): string {
  return `
UNWIND $shown AS sid
MATCH (e:Entity {id: sid})
RETURN e AS node, ${degreeOf('e')} AS degree,
  COUNT { MATCH (e)-[r]-(n:Entity) WHERE ${p.rel('r')} AND ${p.node('n')} AND NOT n.id IN $shown RETURN DISTINCT n } AS hidden`;
}

/** Per expanded entity and type, the neighbours left out. */
export function hiddenQuery(p: GraphPredicates): string {
  return `
UNWIND $expanded AS xid
MATCH (e:Entity {id: xid})-[r]-(n:Entity)
WHERE ${p.rel('r')} AND ${p.node('n')} AND NOT n.id IN $shown
RETURN xid AS id, type(r) AS type, count(DISTINCT n) AS count
ORDER BY count DESC, id, type`;
}

/** The relationships (matching the filters) among the chosen entities. */
export function edgesQuery(p: GraphPredicates): string {
  return `
MATCH (a:Entity) WHERE a.id IN $shown
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $shown AND ${p.rel('r')}
RETURN r`;
}
