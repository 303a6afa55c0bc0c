// Rewrites each extraction with resolved ids and names: nodes carry the entity's canonical
// name, aliases and properties; relationships point at resolved ids; self-loops are dropped and
// duplicates within a document become one relationship with the evidence of both.
import type { Evidence, Extraction, ExtractedNode, ExtractedRelationship } from '../../../model/extraction';
import { UNORDERED_TYPES } from '../../../model/graph-schema';
import type { ResolvedEntity } from './canonical';
import type { EntityRecord } from './records';

function mergeEvidence(into: Evidence[], more: readonly Evidence[]): Evidence[] {
  const seen = new Set(into.map((item) => `${item.start}:${item.end}:${item.text}`));
  for (const item of more) {
    const key = `${item.start}:${item.end}:${item.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    into.push(item);
  }
  return into;
}

/** Two relationships state the same fact when type, endpoints and role agree. */
function factKey(relationship: ExtractedRelationship): string {
  const { type, from, to, properties } = relationship;
  const [a, b] = UNORDERED_TYPES.has(type) && to < from ? [to, from] : [from, to];
  const role = typeof properties.role === 'string' ? properties.role.toLowerCase().trim() : '';
  return `${type}|${a}|${b}|${role}`;
}

export function rewriteExtraction(
  extraction: Extraction,
  entityOf: (record: EntityRecord) => ResolvedEntity,
  recordsByNodeId: ReadonlyMap<string, EntityRecord>,
): Extraction {
  const idMap = new Map<string, string>();
  const nodes = new Map<string, ExtractedNode>();
  for (const node of extraction.nodes) {
    const record = recordsByNodeId.get(node.id);
    if (!record) continue;
    const entity = entityOf(record);
    idMap.set(node.id, entity.id);
    const existing = nodes.get(entity.id);
    if (existing) {
      // Two nodes of one document forced together by a curated merge.
      if (node.mentions) existing.mentions = mergeEvidence(existing.mentions ?? [], node.mentions);
      continue;
    }
    const resolved: ExtractedNode = {
      id: entity.id,
      label: entity.label,
      name: entity.name,
      aliases: [...entity.aliases],
    };
    if (node.properties !== undefined || Object.keys(entity.properties).length > 0) {
      resolved.properties = { ...entity.properties };
    }
    if (node.mentions !== undefined) resolved.mentions = [...node.mentions];
    nodes.set(entity.id, resolved);
  }

  const facts = new Map<string, ExtractedRelationship>();
  for (const relationship of extraction.relationships) {
    const from = idMap.get(relationship.from) ?? relationship.from;
    const to = idMap.get(relationship.to) ?? relationship.to;
    if (from === to) continue;
    const properties = Object.fromEntries(
      // Properties that name nodes (an agreement id on SIGNED_WITH) follow the nodes.
      Object.entries(relationship.properties).map(([key, value]) => [
        key,
        typeof value === 'string' ? (idMap.get(value) ?? value) : value,
      ]),
    );
    const rewritten: ExtractedRelationship = {
      ...relationship,
      from,
      to,
      properties,
      evidence: [...relationship.evidence],
    };
    const key = factKey(rewritten);
    const existing = facts.get(key);
    if (!existing) {
      facts.set(key, rewritten);
      continue;
    }
    mergeEvidence(existing.evidence, rewritten.evidence);
    for (const [name, value] of Object.entries(properties)) {
      if (existing.properties[name] === undefined || existing.properties[name] === null) {
        existing.properties[name] = value;
      }
    }
  }
  return { ...extraction, nodes: [...nodes.values()], relationships: [...facts.values()] };
}
