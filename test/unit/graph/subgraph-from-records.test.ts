// Query results become one subgraph: nodes by their Enlace id, no dangling relationships.
import { expect } from 'chai';
import neo4j, { Node, Relationship, Path, PathSegment } from 'neo4j-driver';
import { subgraphFromValues } from '../../../server/graph/subgraph-from-records';
import { toPlain } from '../../../server/graph/plain-values';

const int = neo4j.int;
const imss = new Node(int(1), ['Institution'], { id: 'institution:imss', name: 'IMSS', count: int(3) }, 'e1');
const isss = new Node(int(2), ['Institution'], { id: 'institution:isss', name: 'ISSS' }, 'e2');
const doc = new Node(int(3), ['Document'], { id: 'doc:1', file: 'a.txt' }, 'e3');
const signed = new Relationship(
  int(10),
  int(1),
  int(2),
  'SIGNED_WITH',
  { sources: ['doc:1'] },
  'r10',
  'e1',
  'e2',
);
const mentioned = new Relationship(int(11), int(1), int(3), 'MENTIONED_IN', {}, 'r11', 'e1', 'e3');

describe('subgraphFromValues', () => {
  it('should collect nodes and relationships from nested values without duplicates', () => {
    const graph = subgraphFromValues([imss, [isss, { r: signed }], imss]);
    expect(graph.nodes.map((n) => n.id)).to.deep.equal(['institution:imss', 'institution:isss']);
    expect(graph.nodes[0]!.properties.count).to.equal(3);
    expect(graph.relationships).to.deep.equal([
      {
        id: 'institution:imss|SIGNED_WITH|institution:isss',
        type: 'SIGNED_WITH',
        from: 'institution:imss',
        to: 'institution:isss',
        properties: { sources: ['doc:1'] },
      },
    ]);
  });

  it('should drop relationships whose endpoints are missing, unless asked to keep them', () => {
    expect(subgraphFromValues([imss, mentioned]).relationships).to.have.length(0);
    expect(subgraphFromValues([imss, mentioned], true).relationships).to.have.length(1);
  });

  it('should walk paths', () => {
    const path = new Path(imss, doc, [new PathSegment(imss, mentioned, doc)]);
    const graph = subgraphFromValues([path]);
    expect(graph.nodes.map((n) => n.label)).to.deep.equal(['Institution', 'Document']);
    expect(graph.relationships[0]!.type).to.equal('MENTIONED_IN');
  });

  it('should turn driver values into plain data', () => {
    for (const [value, expected] of [
      [int(42), 42],
      [
        [int(1), 'a'],
        [1, 'a'],
      ],
      [null, null],
      [{ n: int(2) }, { n: 2 }],
    ] as const) {
      expect(toPlain(value)).to.deep.equal(expected);
    }
    expect(toPlain(imss)).to.deep.equal({
      id: 'institution:imss',
      label: 'Institution',
      properties: { id: 'institution:imss', name: 'IMSS', count: 3 },
    });
  });
});
