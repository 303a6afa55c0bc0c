// One fCoSE run on a headless Cytoscape: in the layout worker, or on the main thread when workers are
// unavailable.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutRequest } from './layout-options';

cytoscape.use(fcose);

/** Lays out the request with a headless Cytoscape (shared with the main-thread fallback). */
export function runLayout(request: LayoutRequest): Record<string, [number, number]> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, size: n.size },
        position: n.x === undefined || n.y === undefined ? undefined : { x: n.x, y: n.y },
      })),
      ...request.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e[0], target: e[1] },
      })),
    ],
  });
  cy.layout(fcoseOptions(request)).run();
  const positions: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = [Math.round(p.x), Math.round(p.y)];
  });
  cy.destroy();
  return positions;
}
