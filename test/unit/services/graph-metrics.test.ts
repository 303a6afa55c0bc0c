// computeMetrics on small graphs: PageRank and betweenness as graphology gives them, communities
// numbered by size and the same on every run.
import { expect } from 'chai';
import Graph from 'graphology';
import type { EntityGraph } from '../../../server/services/entity-graph';
import { computeMetrics } from '../../../server/services/graph-metrics';

/** Two triangles joined by one edge (c-d), and a lone node. */
function twoTriangles(): EntityGraph {
  const graph: EntityGraph = new Graph({ type: 'undirected' });
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'lone'])
    graph.addNode(id, { label: 'Person', name: id.toUpperCase(), degree: 0 });
  for (const [x, y] of [
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['d', 'e'],
    ['e', 'f'],
    ['d', 'f'],
    ['c', 'd'],
  ] as const) {
    graph.addEdge(x, y, { weight: 1 });
    graph.updateNodeAttribute(x, 'degree', (d) => (d ?? 0) + 1);
    graph.updateNodeAttribute(y, 'degree', (d) => (d ?? 0) + 1);
  }
  return graph;
}

describe('graph metrics', function () {
  it('finds the two triangles as communities, the lone node as its own, on every run', () => {
    const first = computeMetrics(twoTriangles());
    const community = (id: string) => first.nodes.get(id)!.community;
    expect(community('a')).to.equal(community('b')).and.to.equal(community('c'));
    expect(community('d')).to.equal(community('e')).and.to.equal(community('f'));
    expect(community('a')).to.not.equal(community('d'));
    expect(first.communities.map((c) => c.size)).to.deep.equal([3, 3, 1]);
    expect(first.communities[2]).to.include({ label: 'LONE' });
    expect(computeMetrics(twoTriangles())).to.deep.equal(first);
  });

  it('gives the bridge ends the highest betweenness, and PageRank summing to 1', () => {
    const { nodes } = computeMetrics(twoTriangles());
    expect(nodes.get('c')!.betweenness).to.be.greaterThan(nodes.get('a')!.betweenness!);
    expect(nodes.get('a')!.betweenness).to.equal(0);
    const sum = [...nodes.values()].reduce((s, n) => s + n.pagerank!, 0);
    expect(sum).to.be.closeTo(1, 1e-6);
  });

  it('leaves out what was not asked for', () => {
    const { nodes, communities } = computeMetrics(twoTriangles(), ['degree']);
    expect(nodes.get('c')).to.deep.equal({
      id: 'c',
      degree: 3,
      betweenness: null,
      pagerank: null,
      community: null,
    });
    expect(communities).to.deep.equal([]);
  });

  it('answers an empty graph with nothing', () => {
    const empty: EntityGraph = new Graph({ type: 'undirected' });
    expect(computeMetrics(empty)).to.deep.equal({ nodes: new Map(), communities: [], note: null });
  });
});
