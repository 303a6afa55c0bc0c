// GraphML export (yEd, Gephi, Cytoscape Desktop, networkx): labels and types as attributes.
import type { Subgraph } from '../../model';
import { escapeXml, flatValue, propertyKeys } from './xml';

/** Serialises a subgraph as a directed GraphML document; list properties joined with " | ". */
export function toGraphml(graph: Subgraph): string {
  const nodeKeys = propertyKeys(graph.nodes).filter((k) => k.name !== 'label');
  const edgeKeys = propertyKeys(graph.relationships).filter((k) => k.name !== 'type');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...nodeKeys.map(
      (k) =>
        `  <key id="n_${escapeXml(k.name)}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map(
      (k) =>
        `  <key id="e_${escapeXml(k.name)}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="enlace" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      `      <data key="label">${escapeXml(node.label)}</data>`,
    );
    for (const key of nodeKeys) {
      const value = node.properties[key.name];
      if (value !== undefined && value !== null)
        lines.push(`      <data key="n_${escapeXml(key.name)}">${escapeXml(flatValue(value))}</data>`);
    }
    lines.push('    </node>');
  }
  for (const rel of graph.relationships) {
    lines.push(
      `    <edge id="${escapeXml(rel.id)}" source="${escapeXml(rel.from)}" target="${escapeXml(rel.to)}">`,
      `      <data key="type">${escapeXml(rel.type)}</data>`,
    );
    for (const key of edgeKeys) {
      const value = rel.properties[key.name];
      if (value !== undefined && value !== null)
        lines.push(`      <data key="e_${escapeXml(key.name)}">${escapeXml(flatValue(value))}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
