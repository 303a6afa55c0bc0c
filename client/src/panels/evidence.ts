// Evidence as the panels show it: the sentence, then its document's title and date, one click from
// the document itself with the sentence highlighted.
import { el } from '../app/dom';
import type { AppHost } from '../app/host';
import type { EntitySummary, Evidence } from '../api/types';

export function evidenceList(
  host: AppHost,
  evidence: readonly Evidence[],
  total = evidence.length,
  entityId?: string,
): HTMLElement {
  if (!evidence.length) return el('p', { class: 'muted' }, host.t('details.noEvidence'));
  const items = evidence.map((item) =>
    el(
      'li',
      { class: 'evidence' },
      el('blockquote', {}, item.text),
      el(
        'div',
        { class: 'cite' },
        el(
          'button',
          {
            type: 'button',
            class: 'link open-doc',
            title: host.t('details.openDocument'),
            onclick: () =>
              void host.openDocument(item.document.id, { start: item.start, end: item.end, entityId }),
          },
          item.document.title ?? item.document.file ?? item.document.id,
        ),
        el('span', { class: 'date' }, ` · ${item.document.date ?? host.t('details.undated')}`),
      ),
    ),
  );
  const more =
    total > evidence.length
      ? el('li', { class: 'muted' }, host.t('details.more', { n: total - evidence.length }))
      : null;
  return el('ul', { class: 'evidence-list' }, items, more);
}

/** An entity's name as a link: shows its details (and adds it to the graph when absent). */
export function entityLink(host: AppHost, entity: EntitySummary): HTMLElement {
  return el(
    'button',
    {
      type: 'button',
      class: `link entity label-${entity.label}`,
      'data-id': entity.id,
      onclick: () => void host.showDetails({ group: 'nodes', id: entity.id }),
    },
    entity.name,
  );
}

export function section(title: string, ...body: (Node | null)[]): HTMLElement {
  return el('section', { class: 'panel-section' }, el('h3', {}, title), ...body);
}
