// Metrics of a graph with no entity at all (a date range with nothing in it): empty, not an error.
import { expect } from 'chai';
import Graph from 'graphology';
import { computeMetrics } from '../../../server/services/graph-metrics';
import type { EntityGraph } from '../../../server/services/entity-graph';

describe('services/graph-metrics on an empty graph', () => {
  it('answers no nodes and no communities', () => {
    const graph: EntityGraph = new Graph({ type: 'undirected' });
    const metrics = computeMetrics(graph);
    expect(metrics.nodes.size).to.equal(0);
  });
});
