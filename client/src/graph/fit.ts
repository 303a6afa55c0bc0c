// Fitting the view to elements without zooming a handful of nodes up to poster size, and keeping the
// drawing clear of the legend in the bottom left corner.
import type { Collection, Core } from 'cytoscape';

const MAX_FIT_ZOOM = 1.25;
const PADDING = 40;

export function fitView(cy: Core, eles: Collection = cy.elements(':visible'), animate = true): void {
  if (eles.empty()) return;
  const legend = cy.container()?.parentElement?.querySelector<HTMLElement>('.legend');
  const bottom = Math.min(cy.height() / 3, (legend?.offsetHeight ?? 0) + 10);
  const box = eles.boundingBox();
  const height = cy.height() - bottom;
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * PADDING) / Math.max(box.w, 1),
    (height - 2 * PADDING) / Math.max(box.h, 1),
  );
  const pan = {
    x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
    y: height / 2 - zoom * (box.y1 + box.h / 2),
  };
  if (animate) cy.animate({ zoom, pan, duration: 300 });
  else cy.viewport({ zoom, pan });
}
