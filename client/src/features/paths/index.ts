// "How are these two connected?": pick two entities (search or context menu) and see the shortest
// paths between them highlighted, each listed as a chain of names with its relations.
import { el, replaceChildren } from '../../app/dom';
import type { AppHost, Feature } from '../../app/host';
import { autocomplete, toolbarButton } from '../../app/widgets';
import type { PathsResult } from '../../api/types';

const MAX_LENGTH = 4;

interface Ends {
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

export function highlightPaths(host: AppHost, result: PathsResult): void {
  const { cy } = host;
  const nodes = new Set(result.paths.flatMap((p) => p.nodes));
  const edges = new Set(result.paths.flatMap((p) => p.edges));
  cy.batch(() => {
    cy.elements().removeClass('path faded');
    if (!nodes.size) return;
    cy.elements().forEach((e) => {
      const id = e.id();
      const on = e.isNode() ? nodes.has(id) : edges.has(id);
      e.addClass(on ? 'path' : 'faded');
    });
  });
}

export function clearPaths(host: AppHost): void {
  host.cy.elements().removeClass('path faded');
}

async function findPaths(host: AppHost, ends: Ends, results: HTMLElement): Promise<void> {
  if (!ends.from || !ends.to) return;
  const from = ends.from;
  const to = ends.to;
  const result = await host.busy(
    host.t('status.loading'),
    host.api.paths(from.id, to.id, { maxLength: MAX_LENGTH, limit: 5 }),
  );
  if (!result.found) {
    clearPaths(host);
    replaceChildren(
      results,
      el('p', { class: 'muted', 'data-found': 'false' }, host.t('paths.none', { n: MAX_LENGTH })),
    );
    return;
  }
  await host.addElements(result.elements, { fit: result.paths.flatMap((p) => p.nodes) });
  host.setView({ path: [from.id, to.id] });
  highlightPaths(host, result);
  const name = (id: string) => String(host.cy.getElementById(id).data('name') ?? id);
  const typeOf = (id: string) => host.t(`type.${String(host.cy.getElementById(id).data('type'))}`);
  replaceChildren(
    results,
    el(
      'p',
      { 'data-found': 'true' },
      host.t('paths.found', { n: result.paths.length, len: result.paths[0]?.length ?? 0 }),
    ),
    el(
      'ol',
      { class: 'paths-list' },
      result.paths.map((p) =>
        el(
          'li',
          {},
          p.nodes.flatMap((id, i) => [
            el(
              'button',
              { type: 'button', class: 'link', onclick: () => void host.showDetails({ group: 'nodes', id }) },
              name(id),
            ),
            p.edges[i]
              ? el(
                  'button',
                  {
                    type: 'button',
                    class: 'link type step',
                    onclick: () => void host.showDetails({ group: 'edges', id: p.edges[i]! }),
                  },
                  `— ${typeOf(p.edges[i])} →`,
                )
              : null,
          ]),
        ),
      ),
    ),
    el(
      'button',
      { type: 'button', class: 'link', onclick: () => (clearPaths(host), host.setView({ path: null })) },
      host.t('paths.clear'),
    ),
  );
}

export const paths: Feature = {
  name: 'paths',
  mount(host) {
    const ends: Ends = { from: null, to: null };
    const open = () => {
      const results = el('div', { class: 'paths-results' });
      const picker = (which: 'from' | 'to') => {
        const { root, input } = autocomplete(host, {
          placeholder: () => host.t('paths.pick'),
          keepText: true,
          onPick: (hit) => {
            ends[which] = { id: hit.id, name: hit.name };
            void findPaths(host, ends, results).catch((e: Error) => host.notify(e.message, 'error'));
          },
        });
        input.value = ends[which]?.name ?? '';
        root.dataset.end = which;
        return root;
      };
      const run = el(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'find-paths',
          onclick: () =>
            void findPaths(host, ends, results).catch((e: Error) => host.notify(e.message, 'error')),
        },
        host.t('paths.find'),
      );
      host.sidePanel.open(
        host.t('paths.title'),
        el(
          'div',
          { class: 'paths-form' },
          el('label', {}, host.t('paths.from')),
          picker('from'),
          el('label', {}, host.t('paths.to')),
          picker('to'),
          el('p', {}, run),
          results,
        ),
        'paths',
      );
      void findPaths(host, ends, results).catch((e: Error) => host.notify(e.message, 'error'));
    };
    toolbarButton(host, 'toolbar.paths', open, { id: 'paths' });
    const nameOf = (id: string) => String(host.cy.getElementById(id).data('name') ?? id);
    host.addContextAction({
      id: 'path-from',
      label: () => host.t('menu.pathFrom'),
      when: (t) => t.group === 'nodes',
      run: (t) => {
        ends.from = { id: t.id, name: nameOf(t.id) };
        ends.to = null;
        open();
      },
    });
    host.addContextAction({
      id: 'path-to',
      label: () => host.t('menu.pathTo'),
      when: (t) => t.group === 'nodes' && ends.from !== null && ends.from.id !== t.id,
      run: (t) => {
        ends.to = { id: t.id, name: nameOf(t.id) };
        open();
      },
    });
    // A shared link with a path: highlight it once the view has loaded.
    const restore = host.on('graph-changed', () => {
      const path = host.view().path;
      if (!path) return restore();
      restore();
      void host.api.paths(path[0], path[1], { maxLength: MAX_LENGTH, limit: 5 }).then(
        (r) => highlightPaths(host, r),
        () => {},
      );
    });
  },
};
