// Uploading documents: a toolbar button opens a drop zone with a file picker; files dropped anywhere
// on the page are uploaded too. Each upload's ingest is followed to its end in the panel.
import { el } from '../../app/dom';
import type { AppHost, Feature } from '../../app/host';
import { toolbarButton } from '../../app/widgets';
import { extendShared } from '../tools-kit/messages';
import { injectStyles } from '../tools-kit/styles';
import { tokenBanner } from '../curation/form';
import { UPLOAD_MESSAGES } from './messages';
import { UPLOAD_CSS } from './styles';
import { uploadFiles } from './upload';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf';

export const upload: Feature = {
  name: 'upload',
  mount(host) {
    extendShared(host);
    host.i18n.extend(UPLOAD_MESSAGES);
    injectStyles('enlace-upload-css', UPLOAD_CSS);
    // The jobs list outlives the panel: reopening it shows the uploads still running.
    const jobs = el('ul', { class: 'upload-jobs', 'data-role': 'jobs' });
    const force = el('input', { type: 'checkbox', name: 'force' });
    const send = (files: readonly File[]) => {
      if (!files.length) return;
      if (!panelOpen()) openPanel(host, jobs, force, send);
      const view = el('li', { class: 'upload-job' });
      jobs.prepend(view);
      void uploadFiles(host, files, { force: force.checked, jobView: view });
    };
    toolbarButton(host, 'upload.button', () => openPanel(host, jobs, force, send), { id: 'upload' });
    bindWindowDrop(host, send);
  },
};

const panelOpen = () => document.getElementById('side-panel')?.dataset.view === 'upload';

function openPanel(
  host: AppHost,
  jobs: HTMLElement,
  force: HTMLInputElement,
  send: (files: readonly File[]) => void,
): void {
  const { t } = host;
  const picker = el('input', {
    type: 'file',
    multiple: true,
    accept: ACCEPT,
    hidden: true,
    'data-role': 'picker',
  });
  picker.addEventListener('change', () => {
    send([...(picker.files ?? [])]);
    picker.value = '';
  });
  const zone = el(
    'div',
    { class: 'drop-zone', 'data-role': 'drop-zone' },
    t('upload.drop'),
    ' ',
    el('button', { type: 'button', class: 'link', onclick: () => picker.click() }, t('upload.pick')),
    picker,
  );
  const body = el(
    'div',
    { class: 'upload' },
    tokenBanner(host),
    zone,
    el('label', { class: 'upload-options' }, force, t('upload.force')),
    jobs,
  );
  host.sidePanel.open(t('upload.title'), body, 'upload');
}

/** Files dragged over the page show a hint; dropped, they are uploaded. */
function bindWindowDrop(host: AppHost, send: (files: readonly File[]) => void): void {
  const hint = el('div', { class: 'drop-hint', hidden: true }, host.t('upload.dropAnywhere'));
  document.body.appendChild(hint);
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
  const show = (on: boolean) => {
    hint.hidden = !on;
    hint.textContent = host.t('upload.dropAnywhere');
    document.body.classList.toggle('dragging-files', on);
  };
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    show(true);
  });
  window.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    show(false);
    send([...(event.dataTransfer?.files ?? [])]);
  });
}
