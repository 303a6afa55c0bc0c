// GEXF 1.3 export (Gephi): each node's label is its name, its entity type an attribute of its own and
// its colour Gephi's viz colour; every property is a declared attribute.
import type { Subgraph } from '../../model';
import { labelColour, rgb } from './colours';
import { escapeXml, flatValue, propertyKeys, type ExportMeta, type XmlValueType } from './xml';

const GEXF_TYPE: Record<XmlValueType, string> = { string: 'string', double: 'double', boolean: 'boolean' };

/**
 * Serialises a subgraph as GEXF 1.3.
 * @example toGexf(graph, { title: 'Around IMSS', exportedAt: new Date() })
 */
export function toGexf(graph: Subgraph, meta: ExportMeta = {}): string {
  const nodeKeys = [
    { name: 'type', type: 'string' as const },
    ...propertyKeys(graph.nodes).filter((k) => k.name !== 'type'),
  ];
  const edgeKeys = propertyKeys(graph.relationships);
  const attributes = (cls: string, keys: typeof nodeKeys) => [
    `    <attributes class="${cls}">`,
    ...keys.map(
      (k, i) => `      <attribute id="${i}" title="${escapeXml(k.name)}" type="${GEXF_TYPE[k.type]}"/>`,
    ),
    '    </attributes>',
  ];
  // GEXF wants at least one attvalue inside attvalues: none at all when an item has no values.
  const values = (keys: typeof nodeKeys, props: Record<string, unknown>) => {
    const set = keys
      .map((k, i) => [i, props[k.name]] as const)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([i, v]) => `          <attvalue for="${i}" value="${escapeXml(flatValue(v as never))}"/>`);
    return set.length ? ['        <attvalues>', ...set, '        </attvalues>'] : [];
  };
  const description = [meta.title, meta.description].filter(Boolean).join(': ');
  const day = (meta.exportedAt ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${day}"><creator>Enlace</creator>` +
      (description ? `<description>${escapeXml(description)}</description>` : '') +
      '</meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributes('node', nodeKeys),
    ...attributes('edge', edgeKeys),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const name = node.properties.name ?? node.properties.title;
    const { r, g, b } = rgb(labelColour(node.label));
    lines.push(
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(typeof name === 'string' ? name : node.id)}">`,
      ...values(nodeKeys, { ...node.properties, type: node.label }),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const rel of graph.relationships) {
    lines.push(
      `      <edge id="${escapeXml(rel.id)}" source="${escapeXml(rel.from)}" target="${escapeXml(rel.to)}" label="${escapeXml(rel.type)}">`,
      ...values(edgeKeys, rel.properties),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
