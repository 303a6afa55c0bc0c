// CSV export as Gephi's spreadsheet import reads it: a nodes table (Id, Label, type, …) and an edges
// table (Source, Target, Type, Id, Label, …), every property a column, lists joined with " | ".
import type { PropertyValue, Subgraph } from '../../model';
import { flatValue, propertyKeys } from './xml';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A surrogate without its pair (the `u` flag matches only those): not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so a hostile name cannot execute in Excel or LibreOffice; numbers stay numbers.
 */
export function csvField(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = flatValue(value).replace(LONE_SURROGATE, '\uFFFD');
  const isText = typeof value !== 'number' && typeof value !== 'boolean';
  if (isText && /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: (PropertyValue | undefined)[][]): string {
  return (
    [header.map(csvField), ...rows.map((row) => row.map(csvField))].map((r) => r.join(',')).join('\r\n') +
    '\r\n'
  );
}

/**
 * The nodes table: Id, Label (the name), type (the entity label), then every other property.
 * @example toNodesCsv(graph).split('\r\n')[0] // 'Id,Label,type,aliases,sources,…'
 */
export function toNodesCsv(graph: Subgraph): string {
  const keys = propertyKeys(graph.nodes)
    .map((k) => k.name)
    .filter((name) => !['id', 'name', 'type'].includes(name));
  const rows = graph.nodes.map((node) => {
    const name = node.properties.name ?? node.properties.title ?? node.id;
    return [node.id, name, node.label, ...keys.map((k) => node.properties[k])];
  });
  return table(['Id', 'Label', 'type', ...keys], rows);
}

/**
 * The edges table: Source, Target, Type (always Directed, as Gephi means it), Id, Label (the
 * relationship type), the names at both ends, then every property (evidence and documents included).
 */
export function toEdgesCsv(graph: Subgraph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.properties.name ?? n.properties.title ?? n.id]));
  const keys = propertyKeys(graph.relationships)
    .map((k) => k.name)
    .filter((name) => !['type', 'label'].includes(name));
  const rows = graph.relationships.map((rel) => [
    rel.from,
    rel.to,
    'Directed',
    rel.id,
    rel.type,
    names.get(rel.from),
    names.get(rel.to),
    ...keys.map((k) => rel.properties[k]),
  ]);
  return table(['Source', 'Target', 'Type', 'Id', 'Label', 'source_name', 'target_name', ...keys], rows);
}
