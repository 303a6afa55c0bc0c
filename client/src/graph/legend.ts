// The legend: one swatch per entity label (its shape and colour) and per relationship type on screen.
import type { Core } from 'cytoscape';
import { el, replaceChildren } from '../app/dom';
import { LABEL_LOOKS, OTHER_TYPE, TYPE_LOOKS } from './palette';

const SHAPE_CLASS: Record<string, string> = {
  ellipse: 'circle',
  'round-rectangle': 'square',
  'round-triangle': 'triangle',
  'round-hexagon': 'hexagon',
  'round-diamond': 'diamond',
};

export function renderLegend(
  root: HTMLElement,
  cy: Core,
  t: (key: string) => string,
  community: boolean,
): void {
  const labelsOnScreen = new Set(cy.nodes().map((n) => String(n.data('label'))));
  const typesOnScreen = new Set(cy.edges().map((e) => String(e.data('type'))));
  const labels = Object.entries(LABEL_LOOKS)
    .filter(([label]) => labelsOnScreen.has(label))
    .map(([label, look]) =>
      el(
        'li',
        { 'data-label': label },
        el('span', { class: `swatch ${SHAPE_CLASS[look.shape] ?? 'circle'}`, style: `--c:${look.colour}` }),
        t(`label.${label}`),
      ),
    );
  const types = [...typesOnScreen].sort().map((type) => {
    const look = TYPE_LOOKS[type] ?? OTHER_TYPE;
    return el(
      'li',
      { 'data-type': type },
      el('span', { class: `line ${look.line}`, style: `--c:${look.colour}` }),
      t(`type.${type}`),
    );
  });
  const wasOpen = root.querySelector('details')?.open ?? false;
  replaceChildren(
    root,
    el('h3', {}, t('legend.title')),
    el('ul', { class: 'legend-labels' }, labels),
    el(
      'details',
      { open: wasOpen },
      el('summary', {}, t('filters.types')),
      el('ul', { class: 'legend-types' }, types),
    ),
    el('p', { class: 'legend-note' }, t('legend.size'), community ? ` · ${t('legend.community')}` : ''),
  );
}
