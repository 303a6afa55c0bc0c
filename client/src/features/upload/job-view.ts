// One upload job as it goes: its status, the pipeline stage with a progress bar, and each file with
// its status and, when it failed or was unchanged, the reason (text only).
import type { Job } from '../../../../model/api/jobs';
import { el, replaceChildren } from '../../app/dom';
import type { AppHost } from '../../app/host';

export function summaryText(host: AppHost, job: Job): string {
  const s = job.summary;
  if (!s) return '';
  return host.t('upload.summary', {
    loaded: s.loaded,
    unchanged: s.unchanged,
    failed: s.failed,
    nodes: s.nodes,
    relationships: s.relationships,
  });
}

export function renderJob(host: AppHost, root: HTMLElement, job: Job): void {
  const { t } = host;
  const { stage, done, total } = job.progress;
  const finished = job.status === 'done' || job.status === 'failed';
  const ratio = finished ? 1 : total > 0 ? done / total : 0;
  root.dataset.status = job.status;
  root.dataset.job = job.id;
  replaceChildren(
    root,
    el(
      'div',
      { class: 'job-head' },
      el('strong', { 'data-role': 'job-status' }, t(`upload.status.${job.status}`)),
      el(
        'span',
        { class: 'muted', 'data-role': 'job-stage' },
        ` · ${t(`upload.stage.${stage}`)}`,
        total > 0 && !finished ? ` ${done}/${total}` : '',
      ),
    ),
    el(
      'div',
      {
        class: 'job-bar',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(ratio * 100),
      },
      el('span', { style: `width: ${Math.round(ratio * 100)}%` }),
    ),
    el(
      'ul',
      { class: 'job-files' },
      job.files.map((file) =>
        el(
          'li',
          { class: `job-file ${file.status}`, 'data-file': file.name, 'data-status': file.status },
          el('span', { class: 'file-name' }, file.name),
          el('span', { class: 'file-status' }, t(`upload.file.${file.status}`)),
          file.reason ? el('span', { class: 'file-reason' }, file.reason) : null,
        ),
      ),
    ),
    job.summary
      ? el('p', { class: 'job-summary', 'data-role': 'job-summary' }, summaryText(host, job))
      : null,
    job.error ? el('p', { class: 'tool-problem' }, job.error) : null,
  );
}
