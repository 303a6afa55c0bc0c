// Server layouts come in their own units: scaled here so that a typical edge is about as long as the
// client's own layouts make it, and nodes drawn at their sizes do not pile on each other.
import type { Core, NodeCollection } from 'cytoscape';

const EDGE_LENGTH = 130;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** Nodes without an edge on screen, in rows under the rest, instead of a wide ring around it. */
function shelveIsolated(nodes: NodeCollection): void {
  const isolated = nodes.filter((n) => n.degree(false) === 0);
  const connected = nodes.difference(isolated);
  if (isolated.empty() || connected.empty()) return;
  const box = connected.boundingBox();
  const gap = EDGE_LENGTH * 0.7;
  const perRow = Math.max(1, Math.floor(box.w / gap));
  const sorted = isolated.sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
  sorted.forEach((n, i) => {
    n.position({
      x: box.x1 + (i % perRow) * gap,
      y: box.y2 + gap * (1 + Math.floor(i / perRow)),
    });
  });
}

/**
 * Scales the positions of `nodes` about their centre so the median edge among them is EDGE_LENGTH,
 * and shelves the isolated ones.
 */
export function spreadPositions(cy: Core, nodes: NodeCollection): void {
  if (nodes.length < 2) return;
  cy.batch(() => {
    scale(cy, nodes);
    shelveIsolated(nodes);
  });
}

function scale(cy: Core, nodes: NodeCollection): void {
  const ids = new Set(nodes.map((n) => n.id()));
  const lengths: number[] = [];
  cy.edges().forEach((e) => {
    if (!ids.has(e.source().id()) || !ids.has(e.target().id())) return;
    const a = e.source().position();
    const b = e.target().position();
    lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  let factor: number;
  const typical = median(lengths.filter((l) => l > 0));
  if (typical > 0) factor = EDGE_LENGTH / typical;
  else {
    // no edges: give each node about EDGE_LENGTH squared of room
    const box = nodes.boundingBox();
    const area = Math.max(box.w * box.h, 1);
    factor = Math.sqrt((nodes.length * EDGE_LENGTH * EDGE_LENGTH) / area);
  }
  if (!Number.isFinite(factor) || Math.abs(factor - 1) < 0.05) return;
  const box = nodes.boundingBox();
  const cx = box.x1 + box.w / 2;
  const cy0 = box.y1 + box.h / 2;
  nodes.forEach((n) => {
    const p = n.position();
    n.position({ x: cx + (p.x - cx) * factor, y: cy0 + (p.y - cy0) * factor });
  });
}
