// The subgraph an export holds, chosen one of three ways: by entity ids, as the neighbourhood of one
// entity (an id or a name; depth; a node cap that keeps the most connected neighbours of a hub), or
// as whatever a read-only query returns (through the one read-only guard).
import { FACT_TYPES, type Subgraph } from '../../model';
import { namedQuery } from '../../cypher/named-queries';
import type { Gateway, PlainNode, PlainRelationship, QueryNotification } from '../db';
import { subgraphFromValues } from '../graph/subgraph-from-records';
import { resolveEntityIds } from './entity-ids';
import { EntityNotFoundError, findEntity } from './entity-lookup';
import { graphValuesOf, withEndNodes } from './graph-values';
import { runReadOnly } from './read-only';

export const MAX_DEPTH = 4;
export const DEFAULT_NODE_LIMIT = 2000;
export const MAX_NODE_LIMIT = 10_000;

export interface ExportSelection {
  /** These entities and the facts among them. */
  ids?: string[];
  /** The neighbourhood of this entity: an id, a name, an alias or an acronym. */
  around?: string;
  /** Steps from `around`, 1 to MAX_DEPTH (default 1). */
  depth?: number;
  /** Most nodes with `around` (default DEFAULT_NODE_LIMIT). */
  limit?: number;
  /** A read-only query: every node, relationship and path it returns. */
  query?: string;
  params?: Record<string, unknown>;
}

export interface SelectionLimits {
  timeoutMs: number;
  /** Row cap of a query selection. */
  maxRows: number;
}

export interface Selected {
  graph: Subgraph;
  /** How it was chosen, for the file's description: "around IMSS (institution:…), depth 2". */
  description: string;
  /** A cap (nodes or rows) left part of the selection out. */
  truncated: boolean;
  notifications: QueryNotification[];
}

/** The selection is not one of the three ways, or a value is out of range; the message says which. */
export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionError';
  }
}

const MEMBERS = `
MATCH (a:Entity) WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids AND type(r) IN $types
RETURN a, collect(r) AS relationships`;

async function members(gateway: Gateway, ids: string[], timeoutMs: number): Promise<Subgraph> {
  const { rows } = await gateway.read<{ a: PlainNode; relationships: PlainRelationship[] }>(
    MEMBERS,
    { ids, types: FACT_TYPES },
    { timeoutMs, metadata: { app: 'enlace', op: 'export members' } },
  );
  const byId = new Map(rows.map((row) => [row.a.properties.id, row]));
  // In the order asked for: the start of a neighbourhood first, then nearer before farther.
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return subgraphFromValues([ordered.map((row) => row.a), ordered.map((row) => row.relationships)]);
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SelectionError(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
}

async function byIds(gateway: Gateway, ids: string[], limits: SelectionLimits): Promise<Selected> {
  if (ids.length === 0) throw new SelectionError('ids must name at least one entity');
  const resolved = await resolveEntityIds(gateway, ids, limits.timeoutMs);
  const live = new Set<string>();
  for (const [id, found] of resolved) {
    if (!found) throw new EntityNotFoundError(id);
    live.add(found.id);
  }
  const graph = await members(gateway, [...live], limits.timeoutMs);
  return { graph, description: `${live.size} chosen entities`, truncated: false, notifications: [] };
}

async function around(
  gateway: Gateway,
  text: string,
  depth: number,
  limit: number,
  limits: SelectionLimits,
): Promise<Selected> {
  checkRange('depth', depth, 1, MAX_DEPTH);
  checkRange('limit', limit, 1, MAX_NODE_LIMIT);
  const { id } = await findEntity(gateway, text);
  const seen = [id];
  let frontier = [id];
  let truncated = false;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const room = limit - seen.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    // One more than there is room for: tells whether the cap cut this step.
    const { rows } = await gateway.read<{ id: string }>(
      namedQuery('neighbourhood-step'),
      { frontier, seen, types: FACT_TYPES, limit: room + 1 },
      { timeoutMs: limits.timeoutMs, metadata: { app: 'enlace', op: 'export neighbourhood' } },
    );
    if (rows.length > room) truncated = true;
    frontier = rows.slice(0, room).map((row) => row.id);
    seen.push(...frontier);
  }
  const graph = await members(gateway, seen, limits.timeoutMs);
  const start = graph.nodes[0]?.properties.name;
  const named = typeof start === 'string' && start !== text ? `${text} (${start})` : text;
  return {
    graph,
    description: `around ${named}, depth ${depth}${truncated ? `, first ${limit} nodes` : ''}`,
    truncated,
    notifications: [],
  };
}

async function byQuery(
  gateway: Gateway,
  query: string,
  params: Record<string, unknown>,
  limits: SelectionLimits,
): Promise<Selected> {
  const result = await runReadOnly(gateway, query, params, {
    timeoutMs: limits.timeoutMs,
    maxRows: limits.maxRows,
    metadata: { op: 'export by query' },
  });
  const values = await withEndNodes(gateway, graphValuesOf(result.rows), { timeoutMs: limits.timeoutMs });
  return {
    graph: subgraphFromValues([values.nodes, values.relationships]),
    description: 'the results of a query',
    truncated: result.truncated,
    notifications: result.notifications,
  };
}

/**
 * @example await selectGraph(gateway, { around: 'IMSS', depth: 2 }, { timeoutMs: 15000, maxRows: 10000 })
 */
export async function selectGraph(
  gateway: Gateway,
  selection: ExportSelection,
  limits: SelectionLimits,
): Promise<Selected> {
  const ways = [selection.ids !== undefined, selection.around !== undefined, selection.query !== undefined];
  if (ways.filter(Boolean).length !== 1)
    throw new SelectionError('choose the subgraph one way: ids, around (with depth and limit) or query');
  if (selection.ids) return byIds(gateway, selection.ids, limits);
  if (selection.around !== undefined) {
    if (!selection.around.trim()) throw new SelectionError('around must name an entity (an id or a name)');
    const depth = selection.depth ?? 1;
    return around(gateway, selection.around, depth, selection.limit ?? DEFAULT_NODE_LIMIT, limits);
  }
  return byQuery(gateway, selection.query!, selection.params ?? {}, limits);
}
