// CSV export for spreadsheets and reports: one row per relationship, with names, evidence and sources.
import type { PropertyValue, Subgraph } from '../../model';

const COLUMNS = [
  'from_id',
  'from_label',
  'from_name',
  'relationship',
  'role',
  'to_id',
  'to_label',
  'to_name',
  'documents',
  'evidence',
];

function field(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(String).join(' | ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Relationships as rows; nodes without any relationship still get a row of their own,
 * so nothing in the subgraph is lost.
 */
export function toCsv(graph: Subgraph): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const linked = new Set<string>();
  const rows: (PropertyValue | undefined)[][] = [];
  for (const rel of graph.relationships) {
    linked.add(rel.from);
    linked.add(rel.to);
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    rows.push([
      rel.from,
      from?.label,
      from?.properties.name,
      rel.type,
      rel.properties.role,
      rel.to,
      to?.label,
      to?.properties.name,
      rel.properties.sourceFiles ?? rel.properties.sources,
      rel.properties.evidence,
    ]);
  }
  for (const node of graph.nodes) {
    if (!linked.has(node.id)) {
      const documents = node.properties.sourceFiles ?? node.properties.sources;
      rows.push([node.id, node.label, node.properties.name, '', '', '', '', '', documents, '']);
    }
  }
  return [COLUMNS, ...rows].map((row) => row.map((v) => field(v)).join(',')).join('\r\n') + '\r\n';
}
