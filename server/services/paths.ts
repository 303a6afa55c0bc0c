// All shortest paths between two entities over fact relationships (documents are never stepped
// through), as Cytoscape elements and as id lists, ties in a stable order.
import { FACT_TYPES, type FactType } from '../../model';
import type { CyEdge, CyNode } from '../../model/api/common';
import type { GraphPath, Paths } from '../../model/api/paths';
import type { Gateway, PlainPath } from '../db';
import { edgeElement, nodeElement } from './elements';
import { resolveEntityIds } from './entity-ids';
import { EntityNotFoundError } from './entity-lookup';

/** Paths read before choosing `limit` of them in a stable order. */
const MAX_PATHS_READ = 1000;

export interface PathsRequest {
  from: string;
  to: string;
  maxLength: number;
  types?: readonly FactType[];
  limit: number;
  timeoutMs?: number;
}

/** The same entity at both ends: a path needs two. */
export class SameEndsError extends Error {
  constructor(readonly id: string) {
    super(`from and to are both "${id}"; a path joins two different entities.`);
    this.name = 'SameEndsError';
  }
}

/** Cypher: types and length are checked values (enum members, an integer), so they go in the pattern. */
function pathsQuery(types: readonly FactType[], maxLength: number): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${types.join('|')}*..${maxLength}]-(b))
RETURN p LIMIT ${MAX_PATHS_READ}`;
}

async function ends(gateway: Gateway, request: PathsRequest): Promise<[string, string]> {
  const resolved = await resolveEntityIds(gateway, [request.from, request.to], request.timeoutMs);
  const live = [request.from, request.to].map((id) => {
    const found = resolved.get(id);
    if (!found) throw new EntityNotFoundError(id);
    return found.id;
  });
  if (live[0] === live[1]) throw new SameEndsError(live[0]!);
  return [live[0]!, live[1]!];
}

/**
 * @example await shortestPaths(gateway, { from: 'person:a', to: 'institution:b', maxLength: 4, limit: 5 })
 */
export async function shortestPaths(gateway: Gateway, request: PathsRequest): Promise<Paths> {
  if (request.from === request.to) throw new SameEndsError(request.from);
  const [from, to] = await ends(gateway, request);
  const types = request.types?.length ? request.types : FACT_TYPES;
  const { rows } = await gateway.read<{ p: PlainPath }>(
    pathsQuery(types, request.maxLength),
    { from, to },
    { timeoutMs: request.timeoutMs, metadata: { app: 'enlace', op: 'paths' } },
  );
  const nodes = new Map<string, CyNode>();
  const edges = new Map<string, CyEdge>();
  const all: GraphPath[] = rows.map(({ p }) => {
    const idOf = new Map<string, string>();
    for (const node of p.nodes) {
      const element = nodeElement(node);
      idOf.set(node.elementId, element.data.id);
      if (!nodes.has(element.data.id)) nodes.set(element.data.id, element);
    }
    const edgeIds = p.relationships.flatMap((rel) => {
      const edge = edgeElement(rel, (e) => idOf.get(e));
      if (!edge) return [];
      if (!edges.has(edge.data.id)) edges.set(edge.data.id, edge);
      return [edge.data.id];
    });
    return { nodes: p.nodes.map((n) => idOf.get(n.elementId)!), edges: edgeIds, length: edgeIds.length };
  });
  const key = (path: GraphPath) => [...path.nodes, ...path.edges].join('\u0000');
  all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const paths = all.slice(0, request.limit);
  const usedNodes = new Set(paths.flatMap((path) => path.nodes));
  const usedEdges = new Set(paths.flatMap((path) => path.edges));
  const found = paths.length > 0;
  const note = !found
    ? `No path of at most ${request.maxLength} relationships joins ${from} and ${to}` +
      `${request.types?.length ? ` through ${request.types.join(', ')}` : ''}; raise maxLength (up to 6) or widen types.`
    : all.length > paths.length
      ? `${all.length}${all.length >= MAX_PATHS_READ ? '+' : ''} shortest paths tie; the first ${paths.length} are shown (raise limit, up to 20).`
      : null;
  return {
    elements: {
      nodes: [...nodes.values()].filter((n) => usedNodes.has(n.data.id)),
      edges: [...edges.values()].filter((e) => usedEdges.has(e.data.id)),
    },
    paths,
    found,
    total: all.length,
    note,
  };
}
