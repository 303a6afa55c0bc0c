// Exports keep every node, every relationship and the evidence behind it, in valid documents.
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import type { Subgraph } from '../../../model';
import { exportSubgraph, isExportFormat } from '../../../server/export';

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
      properties: { name: 'Instituto Salvadoreño <& "Seguro">', aliases: [] },
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
        evidence: ['El IMSS y el ISSS firmaron, "un convenio".'],
        weight: 2,
      },
    },
  ],
};

describe('export', () => {
  it('should know its formats and refuse others', () => {
    for (const [name, known] of [
      ['graphml', true],
      ['gexf', true],
      ['cyjs', true],
      ['json', true],
      ['csv', true],
      ['png', false],
    ] as const) {
      expect(isExportFormat(name), name).to.equal(known);
    }
  });

  it('should write GraphML with every node, edge, type and evidence, escaped', () => {
    const $ = cheerio.load(exportSubgraph(graph, 'graphml'), { xml: true });
    expect($('graph > node')).to.have.length(3);
    expect($('graph > edge')).to.have.length(1);
    expect($('edge').attr('source')).to.equal('institution:imss');
    expect($('edge data[key="type"]').text()).to.equal('SIGNED_WITH');
    expect($('edge data[key="e_evidence"]').text()).to.equal('El IMSS y el ISSS firmaron, "un convenio".');
    expect($('edge data[key="e_sources"]').text()).to.equal('doc:1 | doc:2');
    expect($('node[id="institution:isss"] data[key="n_name"]').text()).to.equal(
      'Instituto Salvadoreño <& "Seguro">',
    );
    expect($('key[attr\\.name="weight"]').attr('attr.type')).to.equal('double');
  });

  it('should write GEXF with names as labels and attributes declared', () => {
    const $ = cheerio.load(exportSubgraph(graph, 'gexf'), { xml: true });
    expect($('nodes > node')).to.have.length(3);
    expect($('node[id="place:lima"]').attr('label')).to.equal('Lima');
    expect($('edges > edge').attr('label')).to.equal('SIGNED_WITH');
    const evidenceIndex = $('attributes[class="edge"] attribute[title="evidence"]').attr('id');
    expect($(`edge attvalue[for="${evidenceIndex}"]`).attr('value')).to.contain('firmaron');
  });

  it('should write Cytoscape JSON elements with source, target and type', () => {
    const parsed = JSON.parse(exportSubgraph(graph, 'cyjs')) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(parsed.elements.nodes.map((n) => n.data.id)).to.deep.equal(graph.nodes.map((n) => n.id));
    expect(parsed.elements.edges[0]!.data).to.include({
      source: 'institution:imss',
      target: 'institution:isss',
      type: 'SIGNED_WITH',
    });
  });

  it('should write CSV rows with evidence, and keep isolated nodes', () => {
    const lines = exportSubgraph(graph, 'csv').trimEnd().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^from_id,from_label,from_name,relationship/);
    expect(lines[1]).to.contain('SIGNED_WITH').and.contain('"El IMSS y el ISSS firmaron, ""un convenio""."');
    expect(lines[2]).to.match(/^place:lima,Place,Lima,/);
  });
});
