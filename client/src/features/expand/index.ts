// Expanding, collapsing, hiding and pinning nodes: double-click or the context menu. Hubs open a page
// of neighbours at a time; the node's "+N more" says how many are still closed.
import type { NodeSingular } from 'cytoscape';
import type { AppHost, Feature } from '../../app/host';
import { EXPAND_PAGE } from '../../app/view-loader';
import { toolbarButton } from '../../app/widgets';
import { focusOn } from '../search/focus';

const nameOf = (host: AppHost, id: string) => String(host.cy.getElementById(id).data('name') ?? id);
const hiddenCount = (host: AppHost, id: string) => Number(host.cy.getElementById(id).data('hidden') ?? 0);
const isNode = (t: { group: string }) => t.group === 'nodes';

export async function expandNode(host: AppHost, id: string): Promise<void> {
  const view = host.view();
  const pages = view.expanded[id] ?? 0;
  const centre = host.cy.getElementById(id);
  // Opened already and nothing left closed: nothing to fetch.
  if (pages > 0 && hiddenCount(host, id) === 0) return host.notify(host.t('notify.nothingNew'));
  const result = await host.busy(
    host.t('status.loading'),
    host.api.neighborhood([id], {
      limit: EXPAND_PAGE,
      offset: pages * EXPAND_PAGE,
      from: view.from ?? undefined,
      to: view.to ?? undefined,
    }),
  );
  const left = result.hidden.filter((h) => h.id === id).reduce((sum, h) => sum + h.count, 0);
  const previousHidden = centre.data('hidden') as unknown;
  const added = await host.addElements(result.elements, { place: { around: id } });
  centre.data('hidden', left);
  const expanded = { ...host.view().expanded, [id]: pages + 1 };
  host.setView({ expanded });
  if (!added.length) host.notify(host.t('notify.nothingNew'));
  else
    host.notify(
      host.t('notify.added', { n: added.filter((a) => host.cy.getElementById(a).isNode()).length }),
    );
  const removed = host.cy.elements().filter((e) => added.includes(e.id()));
  host.record({
    label: host.t('undo.expand', { name: nameOf(host, id) }),
    undo: () => {
      removed.remove();
      centre.data('hidden', previousHidden);
      host.setView({ expanded: withCount(host.view().expanded, id, pages) });
    },
    redo: () => {
      removed.restore();
      centre.data('hidden', left);
      host.setView({ expanded: withCount(host.view().expanded, id, pages + 1) });
    },
  });
}

function withCount(expanded: Record<string, number>, id: string, pages: number): Record<string, number> {
  const next = { ...expanded };
  if (pages > 0) next[id] = pages;
  else delete next[id];
  return next;
}

/** Removes the neighbours that hang only from this node (not focused, pinned or joined elsewhere). */
export function collapseNode(host: AppHost, id: string): void {
  const node = host.cy.getElementById(id) as NodeSingular;
  const view = host.view();
  const keep = new Set([...view.focus, ...view.pinned, id]);
  const leaves = node
    .neighborhood('node')
    .filter((n: NodeSingular) => !keep.has(n.id()) && n.degree(false) === n.edgesWith(node).length);
  const removed = leaves.union(leaves.connectedEdges());
  const pages = view.expanded[id] ?? 0;
  removed.remove();
  host.setView({ expanded: withCount(view.expanded, id, 0) });
  host.emit('graph-changed');
  host.record({
    label: host.t('undo.collapse', { name: nameOf(host, id) }),
    undo: () => {
      removed.restore();
      host.setView({ expanded: withCount(host.view().expanded, id, pages) });
    },
    redo: () => {
      removed.remove();
      host.setView({ expanded: withCount(host.view().expanded, id, 0) });
    },
  });
}

function toggleList(host: AppHost, key: 'hidden' | 'pinned', id: string, undoKey: string): void {
  const before = host.view()[key];
  const after = before.includes(id) ? before.filter((x) => x !== id) : [...before, id];
  host.setView({ [key]: after });
  host.record({
    label: host.t(undoKey, { name: nameOf(host, id) }),
    undo: () => host.setView({ [key]: before }),
    redo: () => host.setView({ [key]: after }),
  });
}

/** A toolbar button, shown while nodes are hidden, that shows them all again (undoably). */
function showHiddenButton(host: AppHost): void {
  const button = toolbarButton(
    host,
    'menu.showHidden',
    () => {
      const before = host.view().hidden;
      host.setView({ hidden: [] });
      host.record({
        label: host.t('menu.showHidden', { n: before.length }),
        undo: () => host.setView({ hidden: before }),
        redo: () => host.setView({ hidden: [] }),
      });
    },
    { id: 'show-hidden' },
  );
  const update = () => {
    const n = host.view().hidden.length;
    button.hidden = n === 0;
    button.textContent = host.t('menu.showHidden', { n });
  };
  update();
  host.on('graph-changed', update);
  host.on('lang-changed', update);
}

export const expand: Feature = {
  name: 'expand',
  mount(host) {
    showHiddenButton(host);
    host.cy.on(
      'dbltap',
      'node',
      (event) =>
        void expandNode(host, (event.target as NodeSingular).id()).catch((e: Error) =>
          host.notify(e.message, 'error'),
        ),
    );
    host.addContextAction({
      id: 'details',
      label: () => host.t('menu.details'),
      run: (t) => host.showDetails(t),
    });
    host.addContextAction({
      id: 'expand',
      label: () => host.t('menu.expand'),
      when: (t) => isNode(t) && !host.view().expanded[t.id],
      run: (t) => expandNode(host, t.id),
    });
    host.addContextAction({
      id: 'more',
      label: (t) => host.t('menu.more', { n: hiddenCount(host, t.id) }),
      when: (t) => isNode(t) && hiddenCount(host, t.id) > 0 && Boolean(host.view().expanded[t.id]),
      run: (t) => expandNode(host, t.id),
    });
    host.addContextAction({
      id: 'collapse',
      label: () => host.t('menu.collapse'),
      when: isNode,
      run: (t) => collapseNode(host, t.id),
    });
    host.addContextAction({
      id: 'focus',
      label: () => host.t('menu.focus'),
      when: isNode,
      run: (t) => focusOn(host, t.id, nameOf(host, t.id)),
    });
    host.addContextAction({
      id: 'pin',
      label: () => host.t('menu.pin'),
      when: (t) => isNode(t) && !host.view().pinned.includes(t.id),
      run: (t) => toggleList(host, 'pinned', t.id, 'undo.pin'),
    });
    host.addContextAction({
      id: 'unpin',
      label: () => host.t('menu.unpin'),
      when: (t) => isNode(t) && host.view().pinned.includes(t.id),
      run: (t) => toggleList(host, 'pinned', t.id, 'undo.pin'),
    });
    host.addContextAction({
      id: 'hide',
      label: () => host.t('menu.hide'),
      run: (t) => toggleList(host, 'hidden', t.id, 'undo.hide'),
    });
  },
};
