// Query results become one subgraph: nodes by their Enlace id, no dangling relationships.
import { expect } from 'chai';
import neo4j, { Node, Relationship, Path, PathSegment } from 'neo4j-driver';
import { toPlain } from '../../../server/db';
import { subgraphFromValues } from '../../../server/graph/subgraph-from-records';

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

/** The gateway hands over plain values: convert as it does. */
const rows = (...values: unknown[]) => values.map(toPlain);

describe('subgraphFromValues', () => {
  it('should collect nodes and relationships from nested values without duplicates', () => {
    const graph = subgraphFromValues(rows(imss, [isss, { r: signed }], imss));
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
    expect(subgraphFromValues(rows(imss, mentioned)).relationships).to.have.length(0);
    expect(subgraphFromValues(rows(imss, mentioned), true).relationships).to.have.length(1);
  });

  it('should walk paths', () => {
    const path = new Path(imss, doc, [new PathSegment(imss, mentioned, doc)]);
    const graph = subgraphFromValues(rows(path));
    expect(graph.nodes.map((n) => n.label)).to.deep.equal(['Institution', 'Document']);
    expect(graph.relationships[0]!.type).to.equal('MENTIONED_IN');
  });

  it('should number relationships of the same type between the same nodes', () => {
    const again = new Relationship(int(12), int(1), int(2), 'SIGNED_WITH', {}, 'r12', 'e1', 'e2');
    const ids = subgraphFromValues(rows(imss, isss, signed, again)).relationships.map((r) => r.id);
    expect(ids).to.deep.equal([
      'institution:imss|SIGNED_WITH|institution:isss',
      'institution:imss|SIGNED_WITH|institution:isss#2',
    ]);
  });
});
