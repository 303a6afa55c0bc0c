// Fitting the view to elements without zooming a handful of nodes up to poster size.
import type { Collection, Core } from 'cytoscape';

const MAX_FIT_ZOOM = 1.25;

export function fitView(cy: Core, eles: Collection = cy.elements(':visible'), animate = true): void {
  if (eles.empty()) return;
  const padding = 50;
  const box = eles.boundingBox();
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  const pan = {
    x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
  if (animate) cy.animate({ zoom, pan, duration: 300 });
  else cy.viewport({ zoom, pan });
}
