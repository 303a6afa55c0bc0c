// The history of corrections (GET /api/curations, newest first) in the side panel, each with its
// note, time and token, and an undo that asks why.
import type { Curation, CurationPage } from '../../../../model/api/curation';
import { el } from '../../app/dom';
import type { AppHost } from '../../app/host';
import { errorDetail, writeErrorMessage } from '../tools-kit/errors';
import { describeCuration } from './describe';
import { noteField, tokenBanner } from './form';
import { refreshEntities } from './refresh';

const PAGE = 50;

export async function openHistory(host: AppHost): Promise<void> {
  const { t } = host;
  const list = el('ol', { class: 'curation-list', 'data-role': 'curations' });
  const more = el('button', { type: 'button', class: 'link', hidden: true }, t('curation.more'));
  const body = el('div', { class: 'curation-history' }, tokenBanner(host), list, more);
  let offset = 0;
  const loadPage = async () => {
    try {
      const page = await host.busy(
        t('status.loading'),
        host.api.get<CurationPage>('/curations', { limit: PAGE, offset }),
      );
      if (offset === 0 && !page.items.length) list.append(el('li', { class: 'muted' }, t('curation.empty')));
      page.items.forEach((c) => list.append(item(host, c, () => void reload())));
      offset = page.nextOffset ?? offset;
      more.hidden = page.nextOffset === null;
    } catch (error) {
      list.append(el('li', { class: 'tool-problem' }, errorDetail(error)));
    }
  };
  const reload = async () => {
    offset = 0;
    list.replaceChildren();
    await loadPage();
  };
  more.addEventListener('click', () => void loadPage());
  host.sidePanel.open(t('curation.history'), body, 'curation-history');
  await loadPage();
}

function item(host: AppHost, curation: Curation, changed: () => void): HTMLElement {
  const { t } = host;
  const when = new Date(curation.at).toLocaleString(host.i18n.lang());
  const li = el(
    'li',
    { class: `curation${curation.undone ? ' undone' : ''}`, 'data-id': curation.id, 'data-op': curation.op },
    el(
      'div',
      { class: 'curation-head' },
      el('strong', {}, t(`curation.op.${curation.op}`)),
      el('span', { class: 'muted' }, ` · ${when} · ${t('curation.by', { by: curation.by })}`),
    ),
    el('p', { class: 'curation-what' }, describeCuration(curation)),
    el('p', { class: 'curation-note' }, curation.note),
  );
  if (curation.undone) {
    li.append(el('p', { class: 'curation-undone' }, `${t('curation.undone')}: `, curation.undoNote ?? ''));
    return li;
  }
  const undo = el('button', { type: 'button', class: 'small', 'data-role': 'undo' }, t('curation.undo'));
  undo.addEventListener('click', () => {
    undo.hidden = true;
    li.append(undoForm(host, curation, changed));
  });
  li.append(undo);
  return li;
}

function undoForm(host: AppHost, curation: Curation, changed: () => void): HTMLElement {
  const { t } = host;
  const note = noteField(host, t('curation.undoNote'));
  const problem = el('p', { class: 'tool-problem', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('curation.undoConfirm'));
  const form = el(
    'form',
    { class: 'tool-form undo-form' },
    el('label', {}, t('curation.undoNote'), note),
    problem,
    el('div', { class: 'tool-actions' }, submit),
  );
  const say = (message: string) => {
    problem.hidden = false;
    problem.textContent = message;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!note.value.trim()) return say(t('tools.noteRequired'));
    if (!host.api.token()) return say(t('tools.noToken'));
    submit.disabled = true;
    void host
      .busy(
        t('curation.saving'),
        host.api.post(`/curations/${encodeURIComponent(curation.id)}/undo`, { note: note.value.trim() }),
      )
      .then(async () => {
        await refreshEntities(host, curation.entities);
        host.notify(t('curation.undoneOk', { what: describeCuration(curation) }), 'success');
        host.emit('data-changed');
        changed();
      })
      .catch((error: unknown) => say(writeErrorMessage(host, error)))
      .finally(() => (submit.disabled = false));
  });
  setTimeout(() => note.focus(), 0);
  return form;
}
