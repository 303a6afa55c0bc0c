// Filters beside the graph: entity labels and relationship types (drawn at once), and the date range
// of the agreements timeline (the view reloads with only relationships dated in range).
import { el, replaceChildren } from '../../app/dom';
import type { AppHost, Feature } from '../../app/host';
import type { Timeline } from '../../api/types';
import { ENTITY_LABELS, FACT_TYPES } from '../../../../model/graph-schema';
import { drawTimeline, type Brushed } from './timeline';

const BRUSH_DELAY = 180;

function checkboxes(
  host: AppHost,
  change: (patch: Parameters<AppHost['setView']>[0]) => void,
  key: 'labels' | 'types',
  values: readonly string[],
  prefix: string,
): HTMLElement {
  const chosen = new Set(host.view()[key]);
  return el(
    'div',
    { class: `filter-${key}` },
    values.map((value) => {
      const box = el('input', { type: 'checkbox', value, checked: chosen.size === 0 || chosen.has(value) });
      box.addEventListener('change', () => {
        const root = box.closest(`.filter-${key}`)!;
        const on = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        const before = host.view()[key];
        const after = on.length === values.length ? [] : on;
        change({ [key]: after });
        host.record({
          label: host.t('undo.filters'),
          undo: () => host.setView({ [key]: before }),
          redo: () => host.setView({ [key]: after }),
        });
      });
      return el('label', {}, box, host.t(`${prefix}.${value}`));
    }),
  );
}

export const filters: Feature = {
  name: 'filters',
  mount(host) {
    const panel = el('div', { class: 'filters', 'data-panel': 'filters' });
    host.leftPanel.appendChild(panel);
    let granularity: 'month' | 'year' = 'year';
    let autoChosen = false;
    let timeline: Timeline | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Changes made here are already drawn; others (undo, a restored link) redraw the panel.
    let own = false;
    const change = (patch: Parameters<AppHost['setView']>[0]) => {
      own = true;
      try {
        host.setView(patch);
      } finally {
        own = false;
      }
    };

    const setRange = (range: Brushed, done: boolean) => {
      clearTimeout(timer);
      const apply = () => {
        const before = { from: host.view().from, to: host.view().to };
        if (before.from === range.from && before.to === range.to) return;
        change(range);
        if (done)
          host.record({
            label: host.t('undo.filters'),
            undo: () => host.setView(before),
            redo: () => host.setView(range),
          });
        rangeLabel();
      };
      if (done) apply();
      else timer = setTimeout(apply, BRUSH_DELAY);
    };
    const chart = el('div', { class: 'timeline' });
    const rangeText = el('span', { class: 'range' });
    const rangeLabel = () => {
      const { from, to } = host.view();
      rangeText.textContent =
        from || to
          ? host.t('filters.range', { from: from ?? '…', to: to ?? '…' })
          : host.t('filters.allDates');
    };
    const redrawChart = () => {
      if (timeline) drawTimeline(chart, timeline, { from: host.view().from, to: host.view().to }, setRange);
    };
    const loadTimeline = async () => {
      try {
        timeline = await host.api.timeline(granularity);
        // A corpus of a few years reads better by month.
        const years = timeline.buckets.map((b) => Number(b.period.slice(0, 4)));
        if (
          granularity === 'year' &&
          !autoChosen &&
          years.length &&
          Math.max(...years) - Math.min(...years) < 3
        ) {
          autoChosen = true;
          granularity = 'month';
          render();
          timeline = await host.api.timeline(granularity);
        }
        redrawChart();
      } catch (error) {
        chart.textContent = host.t('status.error', { detail: (error as Error).message });
      }
    };
    const render = () => {
      const byMonth = el(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-pressed': String(granularity === 'month'),
          onclick: () => ((granularity = 'month'), render(), void loadTimeline()),
        },
        host.t('filters.month'),
      );
      const byYear = el(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-pressed': String(granularity === 'year'),
          onclick: () => ((granularity = 'year'), render(), void loadTimeline()),
        },
        host.t('filters.year'),
      );
      const clear = el(
        'button',
        {
          type: 'button',
          class: 'link clear',
          'data-action': 'clear-filters',
          onclick: () => {
            const before = host.view();
            const cleared = { labels: [], types: [], from: null, to: null };
            change(cleared);
            host.record({
              label: host.t('undo.filters'),
              undo: () =>
                host.setView({
                  labels: before.labels,
                  types: before.types,
                  from: before.from,
                  to: before.to,
                }),
              redo: () => host.setView(cleared),
            });
            render();
          },
        },
        host.t('filters.clear'),
      );
      rangeLabel();
      replaceChildren(
        panel,
        el('h3', {}, host.t('filters.dates')),
        el('div', { class: 'timeline-range' }, rangeText, el('span', {}, byYear, ' / ', byMonth)),
        chart,
        el('p', { class: 'muted hint' }, host.t('filters.brushHint')),
        el('h3', {}, host.t('filters.labels')),
        checkboxes(host, change, 'labels', ENTITY_LABELS, 'label'),
        el('h3', {}, host.t('filters.types')),
        checkboxes(host, change, 'types', FACT_TYPES, 'type'),
        el('p', {}, clear),
      );
      redrawChart();
    };
    render();
    void loadTimeline();
    host.on('lang-changed', render);
    host.on('filters-changed', () => {
      if (!own) render();
    });
    host.on('data-changed', () => void loadTimeline());
  },
};
