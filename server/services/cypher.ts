// A researcher's read-only Cypher for the app's console and for scripts (POST /api/cypher): rows as
// plain JSON, the graph found in them as Cytoscape elements, Neo4j's warnings, and how long it took.
import type { CypherResult } from '../../model/api/cypher';
import type { Gateway } from '../db';
import { toElements } from './elements';
import { graphValuesOf, withEndNodes } from './graph-values';
import { runReadOnly } from './read-only';

export interface CypherLimits {
  /** Server-side time limit of the query. */
  timeoutMs: number;
  /** Row cap: a request's `limit` may lower it, never raise it. */
  maxRows: number;
}

export interface CypherInput {
  query: string;
  params?: Record<string, unknown>;
  limit?: number;
}

/** NaN and ±Infinity, which JSON cannot hold, as the strings Cypher prints. */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  }
  return value;
}

/**
 * @example await runCypher(gateway, { query: 'MATCH (i:Institution)-[r]-(x) RETURN i, r, x LIMIT 5' },
 *                          { timeoutMs: 15000, maxRows: 10000 })
 *   // { columns: ['i', 'r', 'x'], rows: [...], elements: { nodes: [...], edges: [...] }, ... }
 */
export async function runCypher(
  gateway: Gateway,
  input: CypherInput,
  limits: CypherLimits,
): Promise<CypherResult> {
  const started = performance.now();
  const maxRows = Math.min(input.limit ?? limits.maxRows, limits.maxRows);
  const result = await runReadOnly(gateway, input.query, input.params ?? {}, {
    timeoutMs: limits.timeoutMs,
    maxRows,
    metadata: { op: 'cypher console' },
  });
  const graph = await withEndNodes(gateway, graphValuesOf(result.rows), { timeoutMs: limits.timeoutMs });
  return {
    columns: result.columns,
    rows: result.rows.map((row) => jsonSafe(row) as Record<string, unknown>),
    truncated: result.truncated,
    elements: toElements(graph.nodes, graph.relationships),
    notifications: result.notifications,
    queryType: result.queryType,
    elapsedMs: Math.round(performance.now() - started),
  };
}
