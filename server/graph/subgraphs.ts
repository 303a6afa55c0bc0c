// Subgraphs for exports and the browser: around a named entity, or whatever a query returns.
import type { Subgraph } from '../../model';
import { fullTextQuery, namedQuery } from './named-queries';
import { subgraphFromValues } from './subgraph-from-records';

/** Runs a read-only query and returns its rows as plain values (the database gateway's `read`). */
export type ReadRows = (
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

export class EntityNotFoundError extends Error {
  constructor(readonly query: string) {
    super(`No entity matches "${query}" (tried id, name, aliases and full-text search)`);
    this.name = 'EntityNotFoundError';
  }
}

export const MAX_DEPTH = 4;

export interface AroundOptions {
  /** Steps from the entity, 1 to MAX_DEPTH. */
  depth?: number;
  /** Most nodes returned; hubs are cut, not exploded. */
  limit?: number;
}

/** The id of the entity a researcher names: exact id, name or alias first, then full-text. */
export async function findEntityId(read: ReadRows, name: string): Promise<string> {
  const exact = await read(namedQuery('find-entity'), { name });
  const search = fullTextQuery(name);
  const records =
    exact.length > 0 || !search ? exact : await read(namedQuery('search-entities'), { search, limit: 1 });
  const node = records[0]?.e as { properties?: { id?: unknown } } | undefined;
  if (typeof node?.properties?.id !== 'string') throw new EntityNotFoundError(name);
  return node.properties.id;
}

/**
 * The neighbourhood of a named entity.
 *
 * @example await subgraphAround(read, 'IMSS', { depth: 2 })
 */
export async function subgraphAround(
  read: ReadRows,
  name: string,
  options: AroundOptions = {},
): Promise<Subgraph> {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be a whole number from 1 to ${MAX_DEPTH}, not ${depth}`);
  }
  const limit = options.limit ?? 2000;
  const id = await findEntityId(read, name);
  const cypher = namedQuery('neighbourhood').replaceAll('__DEPTH__', String(depth));
  const records = await read(cypher, { id, limit });
  return subgraphFromValues(records.flatMap((r) => Object.values(r)));
}

/**
 * Adds the file name of every source document beside its id (`sourceFiles` parallel to `sources`,
 * `evidenceFiles` parallel to `evidenceSources`), so an exported fact names where it was read.
 */
export async function withSourceFiles(read: ReadRows, graph: Subgraph): Promise<Subgraph> {
  const ids = new Set<string>();
  const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  for (const item of [...graph.nodes, ...graph.relationships]) {
    for (const id of [...listOf(item.properties.sources), ...listOf(item.properties.evidenceSources)])
      ids.add(id);
  }
  if (ids.size === 0) return graph;
  const rows = await read('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.file AS file', {
    ids: [...ids],
  });
  const files = new Map(rows.map((row) => [String(row.id), String(row.file)]));
  const fileOf = (id: string) => files.get(id) ?? id;
  const enrich = <T extends { properties: Subgraph['nodes'][number]['properties'] }>(item: T): T => {
    const properties = { ...item.properties };
    if (Array.isArray(properties.sources)) properties.sourceFiles = listOf(properties.sources).map(fileOf);
    if (Array.isArray(properties.evidenceSources)) {
      properties.evidenceFiles = listOf(properties.evidenceSources).map(fileOf);
    }
    return { ...item, properties };
  };
  return { nodes: graph.nodes.map(enrich), relationships: graph.relationships.map(enrich) };
}

/** Every node, relationship and path a query returns, as one subgraph. */
export async function subgraphFromQuery(
  read: ReadRows,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Subgraph> {
  const records = await read(cypher, params);
  return subgraphFromValues(records.flatMap((r) => Object.values(r)));
}
