// Adding elements to the graph and placing them: duplicates are merged (fresh data kept), new nodes go
// where the server put them, in a ring beside the node they hang from, or where fCoSE (in a worker)
// puts them while the nodes already on screen stay still.
import type { Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import type { CyElements } from '../api/types';
import type { Layouts } from '../graph/layout';
import { applyPositions } from '../graph/layout';
import { spreadPositions } from '../graph/spread';
import type { PlaceMode } from './host';

/** Fields of fresh node data that replace what is on screen (counts change as the view grows). */
const FRESH_FIELDS = ['degree', 'hidden', 'community', 'pagerank', 'betweenness'];

export function toDefinitions(elements: CyElements | ElementDefinition[]): ElementDefinition[] {
  if (Array.isArray(elements)) return elements;
  return [
    ...elements.nodes.map((n) => ({ ...(n as ElementDefinition), group: 'nodes' as const })),
    ...elements.edges.map((e) => ({ ...(e as ElementDefinition), group: 'edges' as const })),
  ];
}

/**
 * Adds what is not on screen yet (edges only when both ends are there); refreshes counts of the rest.
 * Returns the ids added.
 */
export function mergeElements(cy: Core, definitions: ElementDefinition[]): string[] {
  const fresh: ElementDefinition[] = [];
  const seen = new Set<string>();
  cy.batch(() => {
    for (const def of definitions) {
      const id = def.data.id;
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        for (const field of FRESH_FIELDS)
          if (def.data[field] !== undefined) existing.data(field, def.data[field] as unknown);
      } else if (def.group === 'nodes') fresh.push(def);
    }
    cy.add(fresh);
    const edges = definitions.filter(
      (d) =>
        d.group === 'edges' &&
        cy.getElementById(d.data.id!).empty() &&
        cy.getElementById(String(d.data.source)).nonempty() &&
        cy.getElementById(String(d.data.target)).nonempty(),
    );
    cy.add(edges);
    fresh.push(...edges);
  });
  return fresh.map((d) => d.data.id!);
}

/** Puts new nodes in a ring around `centre`, farther out when there are many. */
function ringAround(cy: Core, centre: string, nodes: NodeCollection): void {
  const c = cy.getElementById(centre);
  const origin = c.nonempty() ? c.position() : { x: 0, y: 0 };
  const radius = 110 + nodes.length * 6;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
  });
}

/** Places the added nodes; `pinned` nodes never move. */
export async function placeNodes(
  cy: Core,
  layouts: Layouts,
  added: string[],
  mode: PlaceMode,
  pinned: Set<string>,
  known: Record<string, [number, number]> = {},
): Promise<void> {
  const addedIds = new Set(added);
  const addedNodes = cy.nodes().filter((n) => addedIds.has(n.id()));
  // Positions the URL carried come first: a shared view looks as it was shared.
  const unknown = addedNodes.filter((n: NodeSingular) => {
    const p = known[n.id()];
    if (p) n.position({ x: p[0], y: p[1] });
    return !p;
  });
  if (unknown.empty()) return;
  if (mode === 'preset') return spreadPositions(cy, unknown);
  const old = cy.nodes().difference(addedNodes);
  const fixed = new Set([
    ...pinned,
    ...old.map((n) => n.id()),
    ...addedNodes.difference(unknown).map((n) => n.id()),
  ]);
  if (typeof mode === 'object') ringAround(cy, mode.around, unknown);
  else if (old.nonempty()) {
    // a neighbour on screen is the natural place to start from
    unknown.forEach((n) => {
      const anchor = n.neighborhood('node').difference(unknown).first() as NodeSingular;
      const base = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      n.position({ x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 });
    });
  }
  const incremental = fixed.size > 0;
  const positions = await layouts.compute(cy, cy.nodes(), { fixed, incremental });
  await applyPositions(cy, positions, incremental);
}

/** Node positions, rounded, for the URL. */
export function positionsOf(cy: Core): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = [Math.round(p.x), Math.round(p.y)];
  });
  return out;
}
