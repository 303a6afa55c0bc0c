// Sending files (POST /api/uploads, multipart `files`) and following the job's server-sent events to
// its end; the graph views reload when it is done.
import type { Job, UploadAccepted } from '../../../../model/api/jobs';
import type { AppHost } from '../../app/host';
import { writeErrorMessage } from '../tools-kit/errors';
import { renderJob, summaryText } from './job-view';

export async function uploadFiles(
  host: AppHost,
  files: readonly File[],
  options: { force: boolean; jobView: HTMLElement },
): Promise<void> {
  const { t } = host;
  if (!files.length) return;
  if (!host.api.token()) return host.notify(t('tools.noToken'), 'error');
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  if (options.force) form.append('force', 'true');
  let job: Job;
  try {
    const response = await host.busy(
      t('upload.sending', { n: files.length }),
      host.api.fetch('POST', '/uploads', { body: form }),
    );
    job = ((await response.json()) as UploadAccepted).job;
  } catch (error) {
    return host.notify(writeErrorMessage(host, error), 'error');
  }
  renderJob(host, options.jobView, job);
  await follow(host, job, options.jobView);
}

/** Listens to the job's events until `done`, drawing each state; resolves when it has ended. */
function follow(host: AppHost, job: Job, view: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const events = new EventSource(`/api/jobs/${encodeURIComponent(job.id)}/events`);
    const read = (event: MessageEvent<string>) => JSON.parse(event.data) as Job;
    events.addEventListener('progress', (event) =>
      renderJob(host, view, read(event as MessageEvent<string>)),
    );
    events.addEventListener('done', (event) => {
      // Closed at once: an EventSource would otherwise reconnect when the stream ends.
      events.close();
      const finished = read(event as MessageEvent<string>);
      renderJob(host, view, finished);
      if (finished.status === 'done') {
        host.notify(host.t('upload.doneNotice', { summary: summaryText(host, finished) }), 'success');
      } else {
        host.notify(host.t('upload.failedNotice', { detail: finished.error ?? '' }), 'error');
      }
      host.emit('data-changed');
      resolve();
    });
    events.onerror = () => {
      if (events.readyState !== EventSource.CLOSED) return; // reconnecting on its own
      host.notify(host.t('upload.lost'), 'error');
      resolve();
    };
  });
}
