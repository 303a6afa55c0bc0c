// GEXF 1.3 export (Gephi): node labels are names; label and type travel as attributes.
import type { Subgraph } from '../../model';
import { escapeXml, flatValue, propertyKeys, type XmlValueType } from './xml';

const GEXF_TYPE: Record<XmlValueType, string> = { string: 'string', double: 'double', boolean: 'boolean' };

/** Serialises a subgraph as GEXF 1.3; `name` becomes each node's visible label. */
export function toGexf(graph: Subgraph, now: Date = new Date()): string {
  const nodeKeys = [
    { name: 'label', type: 'string' as const },
    ...propertyKeys(graph.nodes).filter((k) => k.name !== 'label'),
  ];
  const edgeKeys = propertyKeys(graph.relationships);
  const attributes = (cls: string, keys: typeof nodeKeys) => [
    `    <attributes class="${cls}">`,
    ...keys.map(
      (k, i) => `      <attribute id="${i}" title="${escapeXml(k.name)}" type="${GEXF_TYPE[k.type]}"/>`,
    ),
    '    </attributes>',
  ];
  const values = (keys: typeof nodeKeys, props: Record<string, unknown>) =>
    keys
      .map((k, i) => [i, props[k.name]] as const)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([i, v]) => `          <attvalue for="${i}" value="${escapeXml(flatValue(v as never))}"/>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>Enlace</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributes('node', nodeKeys),
    ...attributes('edge', edgeKeys),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const name = node.properties.name;
    lines.push(
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(typeof name === 'string' ? name : node.id)}">`,
      '        <attvalues>',
      ...values(nodeKeys, { ...node.properties, label: node.label }),
      '        </attvalues>',
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const rel of graph.relationships) {
    lines.push(
      `      <edge id="${escapeXml(rel.id)}" source="${escapeXml(rel.from)}" target="${escapeXml(rel.to)}" label="${escapeXml(rel.type)}">`,
      '        <attvalues>',
      ...values(edgeKeys, rel.properties),
      '        </attvalues>',
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
