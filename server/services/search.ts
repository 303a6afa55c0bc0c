// Entity search: full-text over names and aliases, accent- and case-insensitive, prefix matching for
// autocomplete, ranked, filtered by label, paginated. Any input is searched as text, never an error.
import type { EntityLabel } from '../../model';
import type { EntitySummary } from '../../model/api/common';
import type { SearchHit, SearchResult } from '../../model/api/search';
import type { Gateway } from '../db';
import { summaryOf } from './entity-summary';

export interface SearchOptions {
  labels?: EntityLabel[];
  limit: number;
  offset: number;
  timeoutMs?: number;
}

/** Lower case without accents, as the index's standard-folding analyzer stores terms. */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The words of free input as a Lucene query: every word must match, whole (ranked higher) or as the
 * beginning of a word. Punctuation separates words, as the analyzer does, so Lucene's syntax
 * characters never reach the parser.
 * @example luceneQuery('González An') // '(gonzalez^3 OR gonzalez*) AND (an^3 OR an*)'
 */
export function luceneQuery(input: string): string {
  const words = foldText(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.map((w) => `(${w}^3 OR ${w}*)`).join(' AND ');
}

const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC, size(node.name), node.name
WITH collect({node: node, score: score}) AS hits
RETURN size(hits) AS total,
  [h IN hits[toInteger($offset)..toInteger($offset + $limit)] | {entity: ${summaryOf('h.node')}, score: h.score}] AS items`;

/**
 * @example await searchEntities(gateway, 'gonz', { limit: 10, offset: 0 }) // José Antonio González Anaya first
 */
export async function searchEntities(
  gateway: Gateway,
  query: string,
  options: SearchOptions,
): Promise<SearchResult> {
  const page = { query, limit: options.limit, offset: options.offset };
  const search = luceneQuery(query);
  if (!search) return { ...page, items: [], total: 0, nextOffset: null };
  const { rows } = await gateway.read<{ total: number; items: { entity: EntitySummary; score: number }[] }>(
    SEARCH,
    { search, labels: options.labels ?? [], offset: options.offset, limit: options.limit },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'search' } },
  );
  const total = rows[0]?.total ?? 0;
  const items: SearchHit[] = (rows[0]?.items ?? []).map(({ entity, score }) => ({ ...entity, score }));
  const next = options.offset + items.length;
  return { ...page, items, total, nextOffset: next < total ? next : null };
}
