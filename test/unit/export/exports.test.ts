// Exports keep every node, every relationship and the evidence behind it, in valid documents that
// name nodes by their names, whatever characters those names hold.
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import { unzipSync, strFromU8 } from 'fflate';
import type { Subgraph } from '../../../model';
import { exportSubgraph, isExportFormat, type ExportContent } from '../../../server/export';
import { csvField } from '../../../server/export/csv';
import { escapeXml, xmlText } from '../../../server/export/xml';

const hostile =
  'Fundación <script>alert(1)</script> "X" & <img src=x onerror=alert(2)>\uFFFF\uFFFE\u0001\uD800!';
const clean = 'Fundación <script>alert(1)</script> "X" & <img src=x onerror=alert(2)>!';

const graph: Subgraph = {
  nodes: [
    {
      id: 'institution:imss',
      label: 'Institution',
      properties: { name: 'Instituto Mexicano del Seguro Social', aliases: ['IMSS'], acronym: 'IMSS' },
    },
    {
      id: 'institution:isss',
      label: 'Institution',
      properties: { name: hostile, aliases: ['=HYPERLINK("x")'] },
    },
    { id: 'place:lima', label: 'Place', properties: { name: 'Lima', kind: 'city' } },
  ],
  relationships: [
    {
      id: 'institution:imss|SIGNED_WITH|institution:isss',
      type: 'SIGNED_WITH',
      from: 'institution:imss',
      to: 'institution:isss',
      properties: {
        sources: ['doc:1', 'doc:2'],
        documents: ['IMSS e ISSS firman (2014-05-09)', 'Convenio (2014-05-10)'],
        evidence: ['El IMSS y el ISSS firmaron, "un convenio".\nY algo más.'],
        weight: 2,
      },
    },
  ],
};
const content: ExportContent = { graph, meta: { title: 'Prueba <b>' }, documents: [] };
const text = (format: 'graphml' | 'gexf' | 'cyjs' | 'json' | 'csv-nodes' | 'csv-edges') =>
  exportSubgraph(content, format) as string;

describe('export', () => {
  it('should know its formats and refuse others', () => {
    const formats: [string, boolean][] = [
      ['graphml', true],
      ['gexf', true],
      ['cyjs', true],
      ['json', true],
      ['csv', true],
      ['csv-nodes', true],
      ['csv-edges', true],
      ['png', false],
      ['__proto__', false],
    ];
    for (const [name, known] of formats) expect(isExportFormat(name), name).to.equal(known);
  });

  const xmlCases: [string, string][] = [
    ['<a href="x">&</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'],
    ['tab\tline\nreturn\r', 'tab&#9;line&#10;return&#13;'],
    ['\u0000\u0008\u000B\u000C\u001F', ''],
    ['\uFFFE\uFFFF', ''],
    ['lone \uD800 and \uDC00 surrogates', 'lone  and  surrogates'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['U+FFFD \uFFFD and U+E000 \uE000 kept', 'U+FFFD \uFFFD and U+E000 \uE000 kept'],
  ];
  for (const [input, expected] of xmlCases) {
    it(`escapeXml(${JSON.stringify(input)}) drops what XML 1.0 forbids and escapes markup`, () => {
      expect(escapeXml(input)).to.equal(expected);
    });
  }

  it('xmlText keeps markup characters but drops forbidden ones', () => {
    expect(xmlText('<b>\uFFFF</b>')).to.equal('<b></b>');
  });

  it('should write GraphML labelled by name, typed in its own attribute, that parses with hostile names', () => {
    const $ = cheerio.load(text('graphml'), { xml: true });
    expect($('graph > node')).to.have.length(3);
    expect($('graph > edge')).to.have.length(1);
    expect($('key[id="label"]').attr('attr.name')).to.equal('label');
    expect($('node[id="place:lima"] > data[key="label"]').text()).to.equal('Lima');
    expect($('node[id="place:lima"] > data[key="n_type"]').text()).to.equal('Place');
    expect($('key[id="n_type"]').attr('attr.name')).to.equal('type');
    expect($('node[id="institution:isss"] > data[key="label"]').text()).to.equal(clean);
    expect($('script')).to.have.length(0);
    expect($('img')).to.have.length(0);
    expect($('node[id="institution:isss"] y\\:NodeLabel').text()).to.equal(clean);
    expect($('edge').attr('source')).to.equal('institution:imss');
    expect($('edge data[key="type"]').text()).to.equal('SIGNED_WITH');
    expect($('edge data[key="e_evidence"]').text()).to.equal(
      'El IMSS y el ISSS firmaron, "un convenio".\nY algo más.',
    );
    expect($('edge data[key="e_documents"]').text()).to.equal(
      'IMSS e ISSS firman (2014-05-09) | Convenio (2014-05-10)',
    );
    expect($('key[attr\\.name="weight"]').attr('attr.type')).to.equal('double');
    expect($('desc').first().text()).to.equal('Prueba <b>');
  });

  it('should write GEXF with names as labels, the type as an attribute, and hostile names escaped', () => {
    const $ = cheerio.load(text('gexf'), { xml: true });
    expect($('nodes > node')).to.have.length(3);
    expect($('node[id="place:lima"]').attr('label')).to.equal('Lima');
    expect($('node[id="institution:isss"]').attr('label')).to.equal(clean);
    const typeIndex = $('attributes[class="node"] attribute[title="type"]').attr('id');
    expect($(`node[id="place:lima"] attvalue[for="${typeIndex}"]`).attr('value')).to.equal('Place');
    expect($('edges > edge').attr('label')).to.equal('SIGNED_WITH');
    const evidenceIndex = $('attributes[class="edge"] attribute[title="evidence"]').attr('id');
    expect($(`edge attvalue[for="${evidenceIndex}"]`).attr('value')).to.equal(
      'El IMSS y el ISSS firmaron, "un convenio".\nY algo más.',
    );
    expect($('meta description').text()).to.equal('Prueba <b>');
  });

  it('should write Cytoscape JSON elements with source, target and type', () => {
    const parsed = JSON.parse(text('cyjs')) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(parsed.elements.nodes.map((n) => n.data.id)).to.deep.equal(graph.nodes.map((n) => n.id));
    expect(parsed.elements.nodes[1]!.data.name).to.equal(hostile);
    expect(parsed.elements.edges[0]!.data).to.include({
      source: 'institution:imss',
      target: 'institution:isss',
      type: 'SIGNED_WITH',
    });
  });

  it("should write Gephi's nodes table: Id, Label (the name), type, then the properties", () => {
    const lines = text('csv-nodes').trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Id,Label,type,aliases,acronym,kind');
    expect(lines[1]).to.equal('institution:imss,Instituto Mexicano del Seguro Social,Institution,IMSS,IMSS,');
    expect(lines[2]).to.contain(`,"'=HYPERLINK(""x"")",`);
    expect(lines[3]).to.equal('place:lima,Lima,Place,,,city');
  });

  it("should write Gephi's edges table: Source, Target, Type, Id, Label, the names and the evidence", () => {
    const lines = text('csv-edges').trimEnd().split('\r\n');
    expect(lines[0]).to.equal(
      'Source,Target,Type,Id,Label,source_name,target_name,sources,documents,evidence,weight',
    );
    expect(lines[1]).to.match(
      /^institution:imss,institution:isss,Directed,institution:imss\|SIGNED_WITH\|institution:isss,SIGNED_WITH,/,
    );
    expect(lines[1]).to.contain('"El IMSS y el ISSS firmaron, ""un convenio"".');
    expect(lines[1]).to.contain('IMSS e ISSS firman (2014-05-09) | Convenio (2014-05-10)');
  });

  it('should zip both tables for csv', () => {
    const files = unzipSync(exportSubgraph(content, 'csv') as Uint8Array);
    expect(Object.keys(files).sort()).to.deep.equal(['edges.csv', 'nodes.csv']);
    expect(strFromU8(files['nodes.csv']!)).to.equal(text('csv-nodes'));
    expect(strFromU8(files['edges.csv']!)).to.equal(text('csv-edges'));
  });

  const fields: [string | number, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+52 55 1234', "'+52 55 1234"],
    ['-5', '-5'],
    ['+3.5e2', '+3.5e2'],
    [-5, '-5'],
    ['say "hi"', '"say ""hi"""'],
  ];
  for (const [input, expected] of fields) {
    it(`csvField(${JSON.stringify(input)}) is ${expected}`, () => {
      expect(csvField(input)).to.equal(expected);
    });
  }
});
