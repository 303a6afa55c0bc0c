// The corrections a researcher starts from the graph's context menu: rename, add an alias, merge
// with another entity (choosing which one is kept), delete a wrong relation.
import type { SearchHit } from '../../api/types';
import { el } from '../../app/dom';
import type { AppHost, GraphTarget } from '../../app/host';
import { autocomplete } from '../../app/widgets';
import { openCurationForm } from './form';

const nameOf = (host: AppHost, id: string): string => {
  const name: unknown = host.cy.getElementById(id).data('name');
  return typeof name === 'string' && name ? name : id;
};

function textInput(name: string, value = ''): HTMLInputElement {
  const input = el('input', { type: 'text', name, maxlength: 300, autocomplete: 'off', spellcheck: 'false' });
  input.value = value;
  return input;
}

export function renameForm(host: AppHost, target: GraphTarget): void {
  const name = nameOf(host, target.id);
  const input = textInput('name', name);
  openCurationForm(host, {
    title: host.t('curation.renameTitle', { name }),
    key: 'curation-rename',
    help: host.t('curation.renameHelp'),
    fields: [el('label', {}, host.t('curation.newName'), input)],
    build: () => {
      const value = input.value.trim();
      if (!value || value === name) return { problem: host.t('curation.newName') };
      return { op: 'rename', id: target.id, name: value };
    },
  });
  input.select();
}

export function aliasForm(host: AppHost, target: GraphTarget): void {
  const name = nameOf(host, target.id);
  const aliases: unknown = host.cy.getElementById(target.id).data('aliases');
  const input = textInput('alias');
  openCurationForm(host, {
    title: host.t('curation.aliasTitle', { name }),
    key: 'curation-alias',
    help: Array.isArray(aliases) && aliases.length ? aliases.join(' · ') : undefined,
    fields: [el('label', {}, host.t('curation.newAlias'), input)],
    build: () => {
      const value = input.value.trim();
      if (!value) return { problem: host.t('curation.newAlias') };
      return { op: 'add-alias', id: target.id, alias: value };
    },
  });
}

export function mergeForm(host: AppHost, target: GraphTarget): void {
  const name = nameOf(host, target.id);
  let other: SearchHit | null = null;
  const keepThis = el('input', { type: 'radio', name: 'keep', value: 'this', checked: true });
  const keepOther = el('input', { type: 'radio', name: 'keep', value: 'other', disabled: true });
  const otherName = el('span', { 'data-role': 'other-name' }, '—');
  const picker = autocomplete(host, {
    placeholder: () => host.t('curation.mergePick'),
    keepText: true,
    onPick: (hit) => {
      other = hit;
      otherName.textContent = hit.name;
      keepOther.disabled = false;
    },
  });
  picker.input.name = 'other';
  openCurationForm(host, {
    title: host.t('curation.mergeTitle', { name }),
    key: 'curation-merge',
    help: host.t('curation.keepHelp'),
    fields: [
      el('label', {}, host.t('curation.mergeWith'), picker.root),
      el(
        'fieldset',
        { class: 'keep' },
        el('legend', {}, host.t('curation.keep')),
        el('label', { class: 'inline' }, keepThis, ` ${name}`),
        el('label', { class: 'inline' }, keepOther, ' ', otherName),
      ),
    ],
    build: () => {
      if (!other) return { problem: host.t('curation.pickFirst') };
      if (other.id === target.id) return { problem: host.t('curation.sameEntity') };
      return keepThis.checked
        ? { op: 'merge', from: other.id, into: target.id }
        : { op: 'merge', from: target.id, into: other.id };
    },
  });
}

export function deleteRelationForm(host: AppHost, target: GraphTarget): void {
  const edge = host.cy.getElementById(target.id);
  const type = String(edge.data('type') ?? '');
  const summary = `${nameOf(host, String(edge.data('source')))} — ${host.t(`type.${type}`)} → ${nameOf(host, String(edge.data('target')))}`;
  openCurationForm(host, {
    title: host.t('curation.deleteTitle'),
    key: 'curation-delete',
    help: host.t('curation.deleteHelp'),
    fields: [el('p', { class: 'tool-subject' }, summary)],
    build: () => ({ op: 'delete-relationship', relationshipId: target.id }),
  });
}
