// How a value of a Cypher row reads in a table cell: nodes as (:Label name), relationships as
// [:TYPE], paths by their length, lists and maps compactly. Always plain text.
interface NodeValue {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelValue {
  elementId: string;
  type: string;
  startNodeElementId: string;
  properties: Record<string, unknown>;
}
interface PathValue {
  nodes: unknown[];
  relationships: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNode = (v: unknown): v is NodeValue => isObject(v) && 'elementId' in v && Array.isArray(v.labels);
const isRel = (v: unknown): v is RelValue => isObject(v) && 'elementId' in v && typeof v.type === 'string';
const isPath = (v: unknown): v is PathValue =>
  isObject(v) && Array.isArray(v.nodes) && Array.isArray(v.relationships) && !('elementId' in v);

function nameOf(properties: Record<string, unknown>): string {
  const name = properties.name ?? properties.title ?? properties.id;
  return typeof name === 'string' ? ` ${name}` : '';
}

/**
 * @example cellText({ elementId: '4:1', labels: ['Institution'], properties: { name: 'IMSS' } }) // '(:Institution IMSS)'
 */
export function cellText(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '—';
  if (isNode(value))
    return `(:${value.labels.filter((l) => l !== 'Entity').join(':')}${nameOf(value.properties)})`;
  if (isRel(value)) return `[:${value.type}${nameOf(value.properties)}]`;
  if (isPath(value)) return `path: ${value.nodes.length} nodes, ${value.relationships.length} relationships`;
  if (depth > 2) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => cellText(v, depth + 1)).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${k}: ${cellText(v, depth + 1)}`);
  return `{${entries.join(', ')}}`;
}

/** Line and column of a Cypher error message ("… (line 2, column 7 (offset: 31))"), if it names them. */
export function errorPosition(message: string): { line: number; column: number } | null {
  const match = message.match(/line (\d+), column (\d+)/i);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}
