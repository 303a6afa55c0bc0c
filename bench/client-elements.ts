// Synthetic Cytoscape elements shaped like the app's: entity labels, relationship types, the data the
// stylesheet reads (size, display, evidenceCount) and preset positions on a jittered grid, with edges
// mostly between neighbours so the drawing looks like a laid-out graph rather than a hairball.
import type { ElementDefinition } from 'cytoscape';
import { seededRandom } from '../server/graph/seeded-random';

const LABELS = ['Person', 'Institution', 'Place', 'Event', 'Agreement'] as const;
const TYPES = ['SIGNED_WITH', 'PARTY_TO', 'SIGNED', 'HELD_AT', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'PART_OF'];
const WORDS = ['Universidad', 'Instituto', 'Fundación', 'Centro', 'Consejo', 'Red', 'Agencia', 'Museo'];
const PLACES = ['Nacional', 'de Chile', 'Andina', 'del Sur', 'Regional', 'de Valparaíso', 'Austral'];
/** Share of the elements that are nodes; the rest are edges. */
const NODE_SHARE = 0.4;
const SPACING = 70;

export function syntheticElements(count: number, seed = 1): ElementDefinition[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const nodeCount = Math.max(2, Math.round(count * NODE_SHARE));
  const side = Math.ceil(Math.sqrt(nodeCount));
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const label = pick(LABELS);
    elements.push({
      group: 'nodes',
      data: {
        id: `n${i}`,
        label,
        size: Math.round(18 + rand() * 40),
        display: `${pick(WORDS)} ${pick(PLACES)} ${i}`,
      },
      position: { x: (i % side) * SPACING + rand() * 30, y: Math.floor(i / side) * SPACING + rand() * 30 },
    });
  }
  for (let j = 0; j < count - nodeCount; j++) {
    const source = Math.floor(rand() * nodeCount);
    // Nine in ten edges join nodes within two grid cells; the rest cross the graph.
    const near = source + pick([1, -1, side, -side, side + 1, side - 1, 2, 2 * side]);
    const target = rand() < 0.9 && near >= 0 && near < nodeCount ? near : Math.floor(rand() * nodeCount);
    elements.push({
      group: 'edges',
      data: {
        id: `e${j}`,
        source: `n${source}`,
        target: `n${target === source ? (source + 1) % nodeCount : target}`,
        type: pick(TYPES),
        evidenceCount: 1 + Math.floor(rand() * 9),
      },
    });
  }
  return elements;
}
