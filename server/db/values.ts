// Driver values -> plain JSON-able data: nodes, relationships, paths, temporals and integers.
import neo4j from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/**
 * Converts one value from a driver record into plain data (recursively).
 * @example toPlain(record.get('n')) // -> { elementId: '4:…:0', labels: ['Person'], properties: { name: '…' } }
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return plainNode(value);
  if (neo4j.isRelationship(value)) return plainRelationship(value);
  if (neo4j.isPath(value)) {
    const nodes: PlainNode[] = [plainNode(value.start)];
    const relationships: PlainRelationship[] = [];
    for (const segment of value.segments) {
      relationships.push(plainRelationship(segment.relationship));
      nodes.push(plainNode(segment.end));
    }
    return { nodes, relationships } satisfies PlainPath;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  // Byte arrays arrive as Int8Array: a list of numbers, as Cypher shows them.
  if (ArrayBuffer.isView(value)) return Array.from(value as Int8Array);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return toPlain(properties) as Record<string, unknown>;
}

function plainNode(node: {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}): PlainNode {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: plainProperties(node.properties),
  };
}

function plainRelationship(rel: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}
