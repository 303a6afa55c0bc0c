// Exporting what is on screen or selected: images with a title and legend (PNG, SVG), files for other
// tools through the API (GraphML, GEXF, Cytoscape JSON, CSV) and a printable report with its sources.
import type { Collection } from 'cytoscape';
import { el } from '../../app/dom';
import type { AppHost, Feature } from '../../app/host';
import { toolbarButton } from '../../app/widgets';
import { buildReport } from '../../export/report';
import { downloadBlob, fileSlug } from '../tools-kit/download';
import { errorDetail } from '../tools-kit/errors';
import { TOOL_FORM_CSS } from '../curation/styles';
import { injectStyles } from '../tools-kit/styles';
import { blobToDataUrl, pngOf, svgOf } from './images';
import { EXPORT_MESSAGES } from './messages';
import { exportJson, MAX_EXPORT_IDS, serverFile, type ServerFormat } from './server-export';
import { EXPORT_CSS } from './styles';

type Format = 'png' | 'svg' | 'report' | Exclude<ServerFormat, 'json'>;

export const exporter: Feature = {
  name: 'export',
  mount(host) {
    host.i18n.extend(EXPORT_MESSAGES);
    injectStyles('enlace-tool-forms-css', TOOL_FORM_CSS);
    injectStyles('enlace-export-css', EXPORT_CSS);
    toolbarButton(host, 'export.button', () => openPanel(host), { id: 'export' });
  },
};

/**
 * The elements to export: every node the view shows (hidden and filtered ones left out, wherever the
 * viewport is), or the selected ones; with the visible edges among them.
 */
function chosen(host: AppHost, scope: 'screen' | 'selected'): Collection {
  const visible = host.cy.nodes(':visible');
  const nodes = scope === 'selected' ? visible.filter(':selected') : visible;
  return nodes.union(nodes.edgesWith(nodes).filter(':visible'));
}

function openPanel(host: AppHost): void {
  const { t } = host;
  const selectedCount = host.cy.nodes(':selected:visible').length;
  const title = el('input', { type: 'text', name: 'title', maxlength: 200 });
  title.value = t('export.defaultTitle');
  const radio = (value: 'screen' | 'selected', label: string, disabled: boolean) =>
    el(
      'label',
      { class: 'inline' },
      el('input', {
        type: 'radio',
        name: 'scope',
        value,
        checked: value === (selectedCount ? 'selected' : 'screen'),
        disabled,
      }),
      ` ${label}`,
    );
  const scopeOf = () =>
    document.querySelector<HTMLInputElement>('input[name=scope]:checked')?.value === 'selected'
      ? 'selected'
      : 'screen';
  const button = (format: Format) =>
    el(
      'button',
      {
        type: 'button',
        'data-format': format,
        onclick: (event: Event) =>
          void run(host, format, scopeOf(), title.value, event.currentTarget as HTMLButtonElement),
      },
      t(`export.${format}`),
    );
  const body = el(
    'div',
    { class: 'tool-form export-panel' },
    el('label', {}, t('export.fileTitle'), title),
    el(
      'fieldset',
      { class: 'keep' },
      el('legend', {}, t('export.scope')),
      radio('screen', t('export.screen', { n: chosen(host, 'screen').nodes().length }), false),
      radio('selected', t('export.selected', { n: selectedCount }), selectedCount === 0),
    ),
    el('h3', {}, t('export.images')),
    el('div', { class: 'export-buttons' }, button('png'), button('svg')),
    el('h3', {}, t('export.data')),
    el('p', { class: 'muted' }, t('export.dataHelp')),
    el('div', { class: 'export-buttons' }, button('graphml'), button('gexf'), button('cyjs'), button('csv')),
    el('h3', {}, t('export.reportGroup')),
    el('p', { class: 'muted' }, t('export.reportHelp')),
    el('div', { class: 'export-buttons' }, button('report')),
  );
  host.sidePanel.open(t('export.title'), body, 'export');
}

async function run(
  host: AppHost,
  format: Format,
  scope: 'screen' | 'selected',
  rawTitle: string,
  button: HTMLButtonElement,
): Promise<void> {
  const { t } = host;
  const elements = chosen(host, scope);
  const ids = elements.nodes().map((n) => n.id());
  if (!ids.length) return host.notify(t('export.nothing'), 'error');
  if (ids.length > MAX_EXPORT_IDS && format !== 'png' && format !== 'svg')
    host.notify(t('export.tooMany', { max: MAX_EXPORT_IDS, n: ids.length }));
  const title = rawTitle.trim() || t('export.defaultTitle');
  const slug = fileSlug(title);
  button.disabled = true;
  try {
    const { blob, fileName } = await host.busy(
      t('export.working', { what: t(`export.${format}`) }),
      make(host, format, elements, ids, title, slug),
    );
    downloadBlob(blob, fileName);
    host.notify(t('export.done', { file: fileName }), 'success');
  } catch (error) {
    host.notify(t('export.failed', { detail: errorDetail(error) }), 'error');
  } finally {
    button.disabled = false;
  }
}

async function make(
  host: AppHost,
  format: Format,
  elements: Collection,
  ids: string[],
  title: string,
  slug: string,
): Promise<{ blob: Blob; fileName: string }> {
  if (format === 'png') return { blob: await pngOf(host, elements, title), fileName: `${slug}.png` };
  if (format === 'svg')
    return {
      blob: new Blob([svgOf(host, elements, title)], { type: 'image/svg+xml' }),
      fileName: `${slug}.svg`,
    };
  if (format === 'report') {
    const [data, image] = await Promise.all([
      exportJson(host, ids, title),
      pngOf(host, elements, title, { heading: false }),
    ]);
    const html = buildReport(data, {
      title,
      image: await blobToDataUrl(image),
      lang: host.i18n.lang(),
      t: host.t,
    });
    return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), fileName: `${slug}-report.html` };
  }
  return serverFile(host, format, ids, title);
}
