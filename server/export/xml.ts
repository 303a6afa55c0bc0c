// Escaping and property listing shared by the XML exports (GraphML, GEXF).
import type { PropertyValue, Subgraph } from '../../model';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // XML 1.0 forbids most control characters, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** Lists become one string separated by " | ", readable in Gephi, yEd and Cytoscape Desktop. */
export function flatValue(value: PropertyValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.map(String).join(' | ') : String(value);
}

export type XmlValueType = 'string' | 'double' | 'boolean';

export interface PropertyKey {
  name: string;
  type: XmlValueType;
}

function typeOf(value: PropertyValue): XmlValueType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** Every property name used by nodes or relationships, in first-seen order, with its value type. */
export function propertyKeys(items: Subgraph['nodes'] | Subgraph['relationships']): PropertyKey[] {
  const keys = new Map<string, XmlValueType>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      if (value === null) continue;
      const type = typeOf(value);
      const known = keys.get(name);
      // Mixed types across items fall back to string, which every reader accepts.
      keys.set(name, known === undefined || known === type ? type : 'string');
    }
  }
  return [...keys].map(([name, type]) => ({ name, type }));
}
