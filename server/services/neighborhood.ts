// The neighbourhood of one or more entities for the graph view: steps out from the centres, ranks each
// entity's neighbours per relationship type by strength, fills the node cap type by type (so one big
// type does not crowd out the others), and says what was left out: per (entity, type) and per node.
import type { CyElements, CyNode } from '../../model/api/common';
import type { HiddenCount, Neighborhood } from '../../model/api/graph';
import type { Gateway, PlainNode, PlainRelationship } from '../db';
import { edgeElement, nodeElement } from './elements';
import { resolveEntityIds } from './entity-ids';
import { EntityNotFoundError } from './entity-lookup';
import { graphPredicates, type GraphFilters, type GraphPredicates } from './graph-filters';
import { edgesQuery, hiddenQuery, nodesQuery, stepQuery } from './neighborhood-queries';

export interface NeighborhoodRequest extends GraphFilters {
  ids: readonly string[];
  depth: number;
  /** Most nodes, centres included. */
  limit: number;
  /** Neighbours of each centre to skip per type (the next page of a hub). */
  offset: number;
  timeoutMs?: number;
}

interface StepGroup {
  id: string;
  type: string;
  total: number;
  page: string[];
}

/**
 * Takes up to `room` ids from the groups in turn, the strongest of each first, skipping ids already
 * chosen; says whether candidates were left over.
 */
export function fillRoundRobin(
  groups: readonly { page: readonly string[] }[],
  room: number,
  chosen: ReadonlySet<string>,
): { taken: string[]; cut: boolean } {
  const taken: string[] = [];
  const seen = new Set(chosen);
  const positions = groups.map(() => 0);
  let cut = false;
  for (let progress = true; progress;) {
    progress = false;
    for (const [g, group] of groups.entries()) {
      while (positions[g]! < group.page.length && seen.has(group.page[positions[g]!]!)) positions[g]!++;
      if (positions[g]! >= group.page.length) continue;
      if (taken.length >= room) {
        cut = true;
        return { taken, cut };
      }
      const id = group.page[positions[g]!++]!;
      seen.add(id);
      taken.push(id);
      progress = true;
    }
  }
  return { taken, cut };
}

async function liveCentres(gateway: Gateway, ids: readonly string[], timeoutMs?: number): Promise<string[]> {
  const resolved = await resolveEntityIds(gateway, ids, timeoutMs);
  const centres = new Set<string>();
  for (const [id, found] of resolved) {
    if (!found) throw new EntityNotFoundError(id);
    centres.add(found.id);
  }
  return [...centres];
}

interface Expansion {
  shown: string[];
  expanded: string[];
  /** Entities at the edge of the cap that were not expanded though the depth allowed it. */
  unexpanded: string[];
  cut: boolean;
}

async function expand(
  gateway: Gateway,
  centres: string[],
  request: NeighborhoodRequest,
  p: GraphPredicates,
): Promise<Expansion> {
  const shown = [...centres];
  const expanded: string[] = [];
  let frontier = [...centres];
  let cut = false;
  for (let step = 0; step < request.depth && frontier.length > 0; step++) {
    const room = request.limit - shown.length;
    if (room <= 0) return { shown, expanded, unexpanded: frontier, cut };
    const offset = step === 0 ? request.offset : 0;
    const { rows } = await gateway.read<StepGroup>(
      stepQuery(p),
      { ...p.params, frontier, seen: shown, offset, take: room + 1 },
      { timeoutMs: request.timeoutMs, metadata: { app: 'enlace', op: 'neighbourhood step' } },
    );
    expanded.push(...frontier);
    const order = new Map(frontier.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.type.localeCompare(b.type));
    const filled = fillRoundRobin(rows, room, new Set(shown));
    cut ||= filled.cut;
    shown.push(...filled.taken);
    frontier = filled.taken;
  }
  return { shown, expanded, unexpanded: [], cut };
}

/**
 * @example await neighborhood(gateway, { ids: ['institution:imss'], depth: 1, limit: 200, offset: 0 })
 */
export async function neighborhood(gateway: Gateway, request: NeighborhoodRequest): Promise<Neighborhood> {
  const p = graphPredicates(request);
  const centres = await liveCentres(gateway, request.ids, request.timeoutMs);
  const { shown, expanded, unexpanded, cut } = await expand(gateway, centres, request, p);
  const options = { timeoutMs: request.timeoutMs, metadata: { app: 'enlace', op: 'neighbourhood' } };
  const [nodeRows, hiddenRows, edgeRows] = await Promise.all([
    gateway.read<{ node: PlainNode; degree: number; hidden: number }>(
      nodesQuery(p),
      { ...p.params, shown },
      options,
    ),
    gateway.read<HiddenCount>(hiddenQuery(p), { ...p.params, shown, expanded }, options),
    gateway.read<{ r: PlainRelationship }>(edgesQuery(p), { ...p.params, shown }, options),
  ]);
  const byElementId = new Map<string, string>();
  const nodes = new Map<string, CyNode>();
  for (const row of nodeRows.rows) {
    const element = nodeElement(row.node, { degree: row.degree, hidden: row.hidden });
    byElementId.set(row.node.elementId, element.data.id);
    nodes.set(element.data.id, element);
  }
  const elements: CyElements = {
    nodes: shown.flatMap((id) => nodes.get(id) ?? []),
    edges: edgeRows.rows.flatMap(({ r }) => edgeElement(r, (e) => byElementId.get(e)) ?? []),
  };
  const hiddenOf = (id: string) => Number(nodes.get(id)?.data.hidden ?? 0);
  return {
    elements,
    centres,
    truncated: cut || unexpanded.some((id) => hiddenOf(id) > 0),
    hidden: hiddenRows.rows.map((row) => ({ id: row.id, type: row.type, count: row.count })),
    total: { nodes: elements.nodes.length, edges: elements.edges.length },
  };
}
