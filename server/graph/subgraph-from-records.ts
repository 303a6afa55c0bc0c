// Collects every node, relationship and path found anywhere in query results into one Subgraph.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { PropertyValue, Subgraph, SubgraphNode, SubgraphRelationship } from '../../model';
import { plainProperties } from './plain-values';

function nodeId(node: Node): string {
  const id: unknown = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

/**
 * Walks result values (nested lists and maps too) and gathers graph entities. Relationships
 * whose endpoints are not both in the result are kept only if `keepDangling` is set, so that
 * an export never points at nodes it does not contain.
 *
 * @example subgraphFromValues(result.records.flatMap((r) => r.values()))
 */
export function subgraphFromValues(values: unknown[], keepDangling = false): Subgraph {
  const nodes = new Map<string, SubgraphNode>();
  const byElementId = new Map<string, string>();
  const rels = new Map<string, Relationship>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (neo4j.isNode(value)) {
      const id = nodeId(value);
      byElementId.set(value.elementId, id);
      if (!nodes.has(id)) {
        nodes.set(id, {
          id,
          label: value.labels[0] ?? 'Node',
          properties: plainProperties(value.properties) as Record<string, PropertyValue>,
        });
      }
    } else if (neo4j.isRelationship(value)) {
      rels.set(value.elementId, value);
    } else if (neo4j.isPath(value)) {
      for (const segment of value.segments) [segment.start, segment.relationship, segment.end].forEach(visit);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (!neo4j.isInt(value)) {
      Object.values(value as Record<string, unknown>).forEach(visit);
    }
  };
  values.forEach(visit);

  const relationships: SubgraphRelationship[] = [];
  const usedIds = new Set<string>();
  for (const rel of rels.values()) {
    const from = byElementId.get(rel.startNodeElementId);
    const to = byElementId.get(rel.endNodeElementId);
    if ((!from || !to) && !keepDangling) continue;
    const base = `${from ?? rel.startNodeElementId}|${rel.type}|${to ?? rel.endNodeElementId}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}#${n}`;
    usedIds.add(id);
    relationships.push({
      id,
      type: rel.type,
      from: from ?? rel.startNodeElementId,
      to: to ?? rel.endNodeElementId,
      properties: plainProperties(rel.properties) as Record<string, PropertyValue>,
    });
  }
  return { nodes: [...nodes.values()], relationships };
}
