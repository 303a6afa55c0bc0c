// Small controls the features share: toolbar buttons that follow the language, and an entity
// autocomplete (accent-insensitive, from the first letters, arrows and Enter).
import type { SearchHit } from '../api/types';
import { el, replaceChildren } from './dom';
import type { AppHost } from './host';

/** A toolbar button whose text and title follow the interface language. */
export function toolbarButton(
  host: AppHost,
  key: string,
  onClick: () => void,
  options: { id?: string; toggle?: boolean; icon?: string } = {},
): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-action': options.id ?? key, onclick: onClick });
  if (options.toggle) button.setAttribute('aria-pressed', 'false');
  const label = () => {
    button.textContent = options.icon ?? host.t(key);
    button.title = host.t(key);
    button.setAttribute('aria-label', host.t(key));
  };
  label();
  host.on('lang-changed', label);
  host.toolbar.appendChild(button);
  return button;
}

export interface AutocompleteOptions {
  placeholder: () => string;
  onPick: (hit: SearchHit) => void;
  /** Keeps the chosen name in the box (pickers) instead of clearing it (search). */
  keepText?: boolean;
}

/** An input with entity suggestions from GET /api/search as the researcher types. */
export function autocomplete(
  host: AppHost,
  options: AutocompleteOptions,
): { root: HTMLElement; input: HTMLInputElement } {
  const input = el('input', {
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
  });
  const list = el('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  const root = el('div', { class: 'autocomplete' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const setPlaceholder = () => {
    input.placeholder = options.placeholder();
    input.setAttribute('aria-label', options.placeholder());
  };
  setPlaceholder();
  host.on('lang-changed', setPlaceholder);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (q: string) => {
    const items = hits.map((hit, i) =>
      el(
        'li',
        {
          role: 'option',
          'aria-selected': i === active ? 'true' : 'false',
          'data-id': hit.id,
          onmousedown: (e: Event) => (e.preventDefault(), pick(i)),
        },
        el('span', { class: `badge label-${hit.label}` }, host.t(`label.${hit.label}`)),
        el('span', { class: 'name' }, hit.name),
        hit.acronym ? el('span', { class: 'muted' }, hit.acronym) : null,
      ),
    );
    replaceChildren(list, items.length ? items : el('li', { class: 'empty' }, host.t('search.none', { q })));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = options.keepText ? hit.name : '';
    if (!options.keepText) input.blur();
    options.onPick(hit);
  };
  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const result = await host.api.search(q, { limit: 10 }, controller.signal);
      if (input.value.trim() !== q) return;
      hits = result.items;
      active = hits.length ? 0 : -1;
      render(q);
    } catch (error) {
      if ((error as Error).name !== 'AbortError')
        host.notify(host.t('status.error', { detail: (error as Error).message }), 'error');
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(() => void query(q), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render(input.value.trim());
      list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (!list.hidden) close();
      else input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { root, input };
}
