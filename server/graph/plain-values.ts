// Neo4j values as plain JSON: integers as numbers, temporal values as ISO strings, graph
// entities as { id, label, properties } so that tables and JSON output read naturally.
import neo4j from 'neo4j-driver';

/** Converts one value returned by the driver into plain JSON-ready data. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) {
    const id: unknown = value.properties.id;
    return {
      id: id ?? value.elementId,
      label: value.labels[0],
      properties: plainProperties(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) return { type: value.type, properties: plainProperties(value.properties) };
  if (neo4j.isPath(value))
    return value.segments.map((s) => [toPlain(s.start), toPlain(s.relationship), toPlain(s.end)]);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toPlain(v)]));
}
