// Graph values as Cytoscape.js elements: what the neighbourhood, paths, overview and Cypher endpoints
// return, so the browser adds them as they come (`cy.add(elements)`).
import { ENTITY_LABELS, relationshipId } from '../../model';
import type { CyEdge, CyElements, CyNode } from '../../model/api/common';
import type { PlainNode, PlainRelationship } from '../db';

const LABELS: readonly string[] = ENTITY_LABELS;
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The entity label of a node (Document for documents), whatever other labels (Entity) it carries. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => LABELS.includes(l)) ?? labels.find((l) => l !== 'Entity') ?? 'Node';
}

/** Node data: id, label, name and the small properties a view styles and filters by. */
export function nodeElement(node: PlainNode, extra: Record<string, unknown> = {}): CyNode {
  const p = node.properties;
  const id = typeof p.id === 'string' ? p.id : node.elementId;
  return {
    data: {
      id,
      label: primaryLabel(node.labels),
      name: typeof p.name === 'string' ? p.name : typeof p.title === 'string' ? p.title : id,
      aliases: listOf(p.aliases),
      acronym: typeof p.acronym === 'string' ? p.acronym : null,
      kind: typeof p.kind === 'string' ? p.kind : null,
      date: typeof p.date === 'string' || typeof p.date === 'number' ? String(p.date) : null,
      sourceCount: listOf(p.sources).length,
      ...extra,
    },
  };
}

/**
 * Edge data: the stable relationship id, endpoints by entity id, and provenance counts; the sentences
 * themselves come from GET /api/relationships/{id}, one click away.
 */
export function edgeElement(
  rel: PlainRelationship,
  idOf: (elementId: string) => string | undefined,
): CyEdge | null {
  const source = idOf(rel.startNodeElementId);
  const target = idOf(rel.endNodeElementId);
  if (!source || !target) return null;
  const p = rel.properties;
  const role = typeof p.role === 'string' && p.role ? p.role : null;
  return {
    data: {
      id: relationshipId(source, rel.type, target, role),
      source,
      target,
      type: rel.type,
      role,
      sources: listOf(p.sources),
      evidenceCount: listOf(p.evidence).length,
      agreements: listOf(p.agreements),
      rules: listOf(p.rules),
    },
  };
}

/** Nodes and relationships (duplicates allowed) as elements; edges whose ends are missing are left out. */
export function toElements(
  nodes: readonly PlainNode[],
  relationships: readonly PlainRelationship[],
): CyElements {
  const byElementId = new Map<string, string>();
  const outNodes = new Map<string, CyNode>();
  for (const node of nodes) {
    const element = nodeElement(node);
    byElementId.set(node.elementId, element.data.id);
    if (!outNodes.has(element.data.id)) outNodes.set(element.data.id, element);
  }
  const outEdges = new Map<string, CyEdge>();
  for (const rel of relationships) {
    const edge = edgeElement(rel, (elementId) => byElementId.get(elementId));
    if (edge && !outEdges.has(edge.data.id)) outEdges.set(edge.data.id, edge);
  }
  return { nodes: [...outNodes.values()], edges: [...outEdges.values()] };
}
