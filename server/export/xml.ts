// Escaping and property listing shared by the XML exports (GraphML, GEXF).
import type { PropertyValue, Subgraph } from '../../model';

/**
 * Every character XML 1.0 does not allow, even escaped: controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF, and surrogates without their pair (the `u` flag sees them alone).
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Text for element content or a double- or single-quoted attribute: markup escaped, forbidden
 * characters dropped, and tab and line breaks as references (an attribute would turn them into spaces).
 * @example escapeXml('<script>"x"</script>\uFFFF') // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeXml(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
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

/** A key id for a property: `n_name` when the name is a plain word, else `n3` (its position). */
export function keyId(prefix: string, name: string, index: number): string {
  return /^[A-Za-z_][\w.-]*$/.test(name) ? `${prefix}_${name}` : `${prefix}${index}`;
}

/** Metadata written into an export: a title (GraphML desc, GEXF description) and what was chosen. */
export interface ExportMeta {
  title?: string;
  /** How the subgraph was chosen, e.g. 'around institution:imss, depth 2'. */
  description?: string;
  /** When it was exported (GEXF's lastmodifieddate, JSON's exportedAt). */
  exportedAt?: Date;
}
