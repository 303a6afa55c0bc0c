// GraphML export (yEd, Gephi, Cytoscape Desktop, networkx): each node's label is its name and its
// entity type travels in its own attribute, so every reader shows names; yEd also gets its drawing
// (a labelled, coloured shape per node, an arrow per edge).
import type { Subgraph } from '../../model';
import { labelColour } from './colours';
import { escapeXml, flatValue, keyId, propertyKeys, type ExportMeta } from './xml';

const HEADER =
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xmlns:y="http://www.yworks.com/xml/graphml" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">';

/** Node properties not repeated as attributes: `label` and `type` are written by the exporter itself. */
const OWN_NODE_KEYS = new Set(['label', 'type']);
const OWN_EDGE_KEYS = new Set(['label', 'type']);

function nodeName(node: Subgraph['nodes'][number]): string {
  const { name, title } = node.properties;
  return typeof name === 'string' ? name : typeof title === 'string' ? title : node.id;
}

/** yEd's drawing of a node: a rounded box wide enough for its name, coloured by label. */
function yedNode(name: string, label: string): string {
  const width = Math.min(320, Math.max(60, Math.round(name.length * 7 + 20)));
  return (
    `      <data key="ng"><y:ShapeNode><y:Geometry height="30.0" width="${width}.0"/>` +
    `<y:Fill color="${labelColour(label)}" transparent="false"/>` +
    `<y:NodeLabel>${escapeXml(name)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`
  );
}

/**
 * Serialises a subgraph as a directed GraphML document; list properties joined with " | ".
 * @example toGraphml(graph, { title: 'Around IMSS' })
 */
export function toGraphml(graph: Subgraph, meta: ExportMeta = {}): string {
  const nodeKeys = propertyKeys(graph.nodes).filter((k) => !OWN_NODE_KEYS.has(k.name));
  const edgeKeys = propertyKeys(graph.relationships).filter((k) => !OWN_EDGE_KEYS.has(k.name));
  const nodeIds = nodeKeys.map((k, i) => keyId('n', k.name, i));
  const edgeIds = edgeKeys.map((k, i) => keyId('e', k.name, i));
  const description = [meta.title, meta.description].filter(Boolean).join(': ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    HEADER,
    ...(description ? [`  <desc>${escapeXml(description)}</desc>`] : []),
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_type" for="node" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map(
      (k, i) =>
        `  <key id="${nodeIds[i]}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map(
      (k, i) =>
        `  <key id="${edgeIds[i]}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="enlace" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const name = nodeName(node);
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      `      <data key="label">${escapeXml(name)}</data>`,
      `      <data key="n_type">${escapeXml(node.label)}</data>`,
    );
    nodeKeys.forEach((key, i) => {
      const value = node.properties[key.name];
      if (value !== undefined && value !== null)
        lines.push(`      <data key="${nodeIds[i]}">${escapeXml(flatValue(value))}</data>`);
    });
    lines.push(yedNode(name, node.label), '    </node>');
  }
  for (const rel of graph.relationships) {
    lines.push(
      `    <edge id="${escapeXml(rel.id)}" source="${escapeXml(rel.from)}" target="${escapeXml(rel.to)}">`,
      `      <data key="e_label">${escapeXml(rel.type)}</data>`,
      `      <data key="type">${escapeXml(rel.type)}</data>`,
    );
    edgeKeys.forEach((key, i) => {
      const value = rel.properties[key.name];
      if (value !== undefined && value !== null)
        lines.push(`      <data key="${edgeIds[i]}">${escapeXml(flatValue(value))}</data>`);
    });
    lines.push(
      `      <data key="eg"><y:PolyLineEdge><y:Arrows source="none" target="standard"/>` +
        `<y:EdgeLabel>${escapeXml(rel.type)}</y:EdgeLabel></y:PolyLineEdge></data>`,
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
