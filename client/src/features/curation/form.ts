// A correction's form in the side panel: its own fields, the required note, and one button that sends
// it. Without a token the form says how to get one instead of failing on submit.
import type { CurationCreated, CurationRequest } from '../../../../model/api/curation';
import { el } from '../../app/dom';
import type { AppHost } from '../../app/host';
import { writeErrorMessage } from '../tools-kit/errors';
import { describeCuration } from './describe';
import { refreshEntities } from './refresh';

/** Builds the request from the fields (the note is added), or says what is missing. */
export type BuildRequest = () => Omit<CurationRequest, 'note'> | { problem: string };

export interface FormSpec {
  title: string;
  /** Names the panel's view (`curation-rename`, …) for tests and styles. */
  key: string;
  help?: string;
  fields: Node[];
  build: BuildRequest;
}

export function noteField(host: AppHost, label = host.t('tools.note')): HTMLTextAreaElement {
  const note = el('textarea', {
    name: 'note',
    rows: 3,
    // Checked by the form itself (not the browser's bubble), which says why a note is needed.
    'aria-required': 'true',
    maxlength: 2000,
    placeholder: host.t('tools.notePlaceholder'),
    'aria-label': label,
  });
  return note;
}

/** The banner a form shows when the page has no token. */
export function tokenBanner(host: AppHost): HTMLElement | null {
  if (host.api.token()) return null;
  return el('p', { class: 'tool-warning', role: 'alert', 'data-role': 'no-token' }, host.t('tools.noToken'));
}

export function openCurationForm(host: AppHost, spec: FormSpec): void {
  const { t } = host;
  const note = noteField(host);
  const problem = el('p', { class: 'tool-problem', role: 'alert', 'data-role': 'problem', hidden: true });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('curation.apply'));
  const form = el(
    'form',
    { class: 'tool-form', 'data-form': spec.key },
    tokenBanner(host),
    spec.help ? el('p', { class: 'muted' }, spec.help) : null,
    spec.fields,
    el('label', {}, t('tools.note'), note),
    problem,
    el(
      'div',
      { class: 'tool-actions' },
      submit,
      el('button', { type: 'button', onclick: () => host.sidePanel.close() }, t('tools.cancel')),
    ),
  );
  const say = (message: string | null) => {
    problem.hidden = message === null;
    problem.textContent = message ?? '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const built = spec.build();
    if ('problem' in built) return say(built.problem);
    if (!note.value.trim()) {
      note.focus();
      return say(t('tools.noteRequired'));
    }
    if (!host.api.token()) return say(t('tools.noToken'));
    say(null);
    submit.disabled = true;
    const request = { ...built, note: note.value.trim() } as CurationRequest;
    void host
      .busy(t('curation.saving'), host.api.post<CurationCreated>('/curations', request))
      .then(async (created) => {
        await refreshEntities(host, created.curation.entities);
        host.notify(t('curation.saved', { what: describeCuration(created.curation) }), 'success');
        host.sidePanel.close();
        host.emit('data-changed');
      })
      .catch((error: unknown) => say(writeErrorMessage(host, error)))
      .finally(() => (submit.disabled = false));
  });
  host.sidePanel.open(spec.title, form, spec.key);
  (form.querySelector<HTMLElement>('input:not([type=radio])') ?? note).focus();
}
