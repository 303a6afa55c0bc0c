// The details of a node or an edge in the side panel: properties, roles, agreements, relations and
// mentions of an entity; the endpoints, sources and evidence sentences of a relationship.
import { el } from '../app/dom';
import type { AppHost, GraphTarget } from '../app/host';
import type { EntityDetail, RelationshipDetail } from '../api/types';
import { entityLink, evidenceList, section } from './evidence';

const LIST_SHOWN = 30;

export async function showDetails(host: AppHost, target: GraphTarget): Promise<void> {
  const element = host.cy.getElementById(target.id);
  if (element.nonempty()) {
    host.cy.elements().unselect();
    element.select();
  }
  try {
    if (target.group === 'nodes') {
      const detail = await host.busy(host.t('status.loading'), host.api.entity(target.id));
      host.sidePanel.open(detail.entity.name, entityBody(host, detail), 'entity');
    } else {
      const detail = await host.busy(host.t('status.loading'), host.api.relationship(target.id));
      const title = `${detail.from.name} → ${detail.to.name}`;
      host.sidePanel.open(title, relationshipBody(host, detail), 'relationship');
    }
  } catch (error) {
    host.notify(host.t('status.error', { detail: (error as Error).message }), 'error');
  }
}

function badge(host: AppHost, label: string): HTMLElement {
  return el('span', { class: `badge label-${label}` }, host.t(`label.${label}`));
}

function propertyTable(rows: [string, string][]): HTMLElement | null {
  if (!rows.length) return null;
  return el(
    'dl',
    { class: 'properties' },
    rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
  );
}

function entityBody(host: AppHost, detail: EntityDetail): HTMLElement {
  const { entity } = detail;
  const props: [string, string][] = Object.entries(detail.properties)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]);
  if (entity.kind) props.unshift(['kind', entity.kind]);
  if (entity.date) props.unshift(['date', entity.date]);
  const header = el(
    'div',
    { class: 'entity-head' },
    badge(host, entity.label),
    el('span', { class: 'muted' }, ` ${host.t('details.connections', { n: detail.degree.total })}`),
    entity.aliases.length
      ? el('p', { class: 'aliases' }, `${host.t('details.aliases')}: `, entity.aliases.join(' · '))
      : null,
  );
  const roles = detail.roles
    .slice(0, LIST_SHOWN)
    .map((role) =>
      el(
        'li',
        { class: 'role' },
        el('strong', {}, role.role ?? '—'),
        ' · ',
        entityLink(host, entity.label === 'Person' ? role.institution : role.person),
        role.firstSeen
          ? el(
              'span',
              { class: 'date' },
              ` (${role.firstSeen}${role.lastSeen && role.lastSeen !== role.firstSeen ? ` – ${role.lastSeen}` : ''})`,
            )
          : null,
        evidenceList(host, role.evidence.slice(0, 2), role.evidence.length, entity.id),
      ),
    );
  const agreements = detail.agreements.slice(0, LIST_SHOWN).map((a) =>
    el(
      'li',
      { class: 'agreement' },
      entityLink(host, {
        id: a.id,
        label: 'Agreement',
        name: a.name,
        aliases: [],
        acronym: null,
        kind: a.kind,
        date: a.date,
      }),
      el('span', { class: 'date' }, ` · ${a.date ?? host.t('details.undated')}`),
      a.parties.length
        ? el(
            'div',
            { class: 'muted' },
            `${host.t('details.parties')}: `,
            a.parties.map((p) => p.name).join(', '),
          )
        : null,
    ),
  );
  const relations = detail.relations
    .slice(0, LIST_SHOWN)
    .map((r) =>
      el(
        'li',
        { class: 'relation', 'data-relationship': r.id },
        el(
          'div',
          {},
          el(
            'span',
            { class: 'type' },
            r.direction === 'out' ? `${host.t(`type.${r.type}`)} →` : `← ${host.t(`type.${r.type}`)}`,
          ),
          ' ',
          entityLink(host, r.other),
          r.role ? el('span', { class: 'muted' }, ` (${r.role})`) : null,
        ),
        evidenceList(host, r.evidence.slice(0, 2), r.evidenceCount, entity.id),
      ),
    );
  const mentions = detail.mentions.slice(0, LIST_SHOWN).map((m) =>
    el(
      'li',
      {},
      el(
        'button',
        {
          type: 'button',
          class: 'link open-doc',
          onclick: () =>
            void host.openDocument(m.document.id, {
              entityId: entity.id,
              start: m.spans[0]?.start,
              end: m.spans[0]?.end,
            }),
        },
        m.document.title ?? m.document.id,
      ),
      m.document.date ? el('span', { class: 'date' }, ` · ${m.document.date}`) : null,
    ),
  );
  const more = (shown: number, total: number) =>
    total > shown ? el('p', { class: 'muted' }, host.t('details.more', { n: total - shown })) : null;
  return el(
    'div',
    { class: 'details', 'data-id': entity.id },
    header,
    propertyTable(props) && section(host.t('details.properties'), propertyTable(props)),
    roles.length
      ? section(host.t('details.roles'), el('ul', {}, roles), more(roles.length, detail.rolesTotal))
      : null,
    agreements.length
      ? section(
          host.t('details.agreements'),
          el('ul', {}, agreements),
          more(agreements.length, detail.agreementsTotal),
        )
      : null,
    relations.length
      ? section(
          host.t('details.relations'),
          el('ul', {}, relations),
          more(relations.length, detail.relationsTotal),
        )
      : null,
    mentions.length
      ? section(
          host.t('details.mentions'),
          el('ul', {}, mentions),
          more(mentions.length, detail.mentionsTotal),
        )
      : null,
  );
}

function relationshipBody(host: AppHost, detail: RelationshipDetail): HTMLElement {
  const props: [string, string][] = Object.entries(detail.properties).map(([k, v]) => [
    k,
    Array.isArray(v) ? v.join(', ') : String(v),
  ]);
  return el(
    'div',
    { class: 'details', 'data-id': detail.id },
    el(
      'p',
      { class: 'edge-head' },
      entityLink(host, detail.from),
      el('span', { class: 'type' }, ` ${host.t(`type.${detail.type}`)} `),
      entityLink(host, detail.to),
    ),
    detail.role ? el('p', {}, `${host.t('details.role')}: `, el('strong', {}, detail.role)) : null,
    section(host.t('details.evidence'), evidenceList(host, detail.evidence, detail.evidenceTotal)),
    props.length ? section(host.t('details.properties'), propertyTable(props)) : null,
    detail.sources.length
      ? section(
          host.t('details.sources'),
          el(
            'ol',
            { class: 'sources' },
            detail.sources.map((s) => el('li', {}, s.title ?? s.id, s.date ? ` · ${s.date}` : '')),
          ),
        )
      : null,
    detail.rules.length
      ? section(host.t('details.rules'), el('p', { class: 'muted' }, detail.rules.join(', ')))
      : null,
  );
}
