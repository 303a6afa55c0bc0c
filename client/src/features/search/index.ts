// Search with autocomplete in the header; `/` focuses it. Picking an entity focuses the view on it.
import type { Feature } from '../../app/host';
import { autocomplete } from '../../app/widgets';
import { focusOn } from './focus';

export const search: Feature = {
  name: 'search',
  mount(host) {
    const { root, input } = autocomplete(host, {
      placeholder: () => host.t('search.placeholder'),
      onPick: (hit) => focusOn(host, hit.id, hit.name),
    });
    root.classList.add('search');
    host.searchBox.appendChild(root);
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.closest('input, textarea, select, [contenteditable], .cm-editor');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  },
};
