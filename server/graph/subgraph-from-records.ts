// Collects every node, relationship and path found anywhere in query results (as the gateway's
// plain values) into one Subgraph keyed by Enlace ids.
import type { PropertyValue, Subgraph, SubgraphNode, SubgraphRelationship } from '../../model';
import { relationshipId } from '../../model/ids';
import type { PlainNode, PlainRelationship } from '../db';
import { primaryLabel } from '../services/elements';

function isPlainNode(value: object): value is PlainNode {
  return 'elementId' in value && 'labels' in value && 'properties' in value;
}

function isPlainRelationship(value: object): value is PlainRelationship {
  return 'elementId' in value && 'type' in value && 'startNodeElementId' in value;
}

/**
 * Walks result values (nested lists, maps and paths) and gathers graph entities. Relationships
 * whose endpoints are not both in the result are dropped unless `keepDangling` is set, so that an
 * export never points at nodes it does not contain.
 *
 * @example subgraphFromValues(result.rows.flatMap((row) => Object.values(row)))
 */
export function subgraphFromValues(values: unknown[], keepDangling = false): Subgraph {
  const nodes = new Map<string, SubgraphNode>();
  const byElementId = new Map<string, string>();
  const rels = new Map<string, PlainRelationship>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isPlainNode(value)) {
      const id = typeof value.properties.id === 'string' ? value.properties.id : value.elementId;
      byElementId.set(value.elementId, id);
      if (!nodes.has(id)) {
        nodes.set(id, {
          id,
          label: primaryLabel(value.labels),
          properties: value.properties as Record<string, PropertyValue>,
        });
      }
    } else if (isPlainRelationship(value)) {
      rels.set(value.elementId, value);
    } else {
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
    const role = typeof rel.properties.role === 'string' ? rel.properties.role : null;
    const base = relationshipId(from ?? rel.startNodeElementId, rel.type, to ?? rel.endNodeElementId, role);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}#${n}`;
    usedIds.add(id);
    relationships.push({
      id,
      type: rel.type,
      from: from ?? rel.startNodeElementId,
      to: to ?? rel.endNodeElementId,
      properties: rel.properties as Record<string, PropertyValue>,
    });
  }
  return { nodes: [...nodes.values()], relationships };
}
