// The view state drawn as classes: label and type filters, nodes hidden by the researcher, pins,
// focus and community colours.
import type { Core } from 'cytoscape';
import type { ViewState } from '../state/view-state';

export function applyViewClasses(cy: Core, view: ViewState): void {
  const labels = new Set(view.labels);
  const types = new Set(view.types);
  const hidden = new Set(view.hidden);
  const pinned = new Set(view.pinned);
  const focus = new Set(view.focus);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      node.toggleClass('filtered', labels.size > 0 && !labels.has(String(node.data('label'))));
      node.toggleClass('hidden-by-user', hidden.has(id));
      node.toggleClass('pinned', pinned.has(id));
      node.toggleClass('focus', focus.has(id));
      node.toggleClass('community', view.community && node.data('communityColour') !== undefined);
      if (pinned.has(id)) node.lock();
      else node.unlock();
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('filtered', types.size > 0 && !types.has(String(edge.data('type'))));
      edge.toggleClass('hidden-by-user', hidden.has(edge.id()));
    });
  });
}
