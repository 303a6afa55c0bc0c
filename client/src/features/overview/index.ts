// The whole network on open (the server lays it out), and the view controls: back to the overview,
// fit, a fresh layout, colour by community (from GET /api/analytics when the nodes lack it), copy link.
import type { AppHost, Feature } from '../../app/host';
import { fitView } from '../../graph/fit';
import { Layouts, applyPositions } from '../../graph/layout';
import { toolbarButton } from '../../app/widgets';

/** Fetches communities for nodes lacking one; true when it did. */
async function ensureCommunities(host: AppHost): Promise<boolean> {
  const { cy } = host;
  if (cy.nodes().every((n) => n.data('community') !== undefined)) return false;
  const analytics = await host.busy(
    host.t('status.loading'),
    host.api.analytics({ metrics: ['community'], limit: 10_000 }),
  );
  const byId = new Map(analytics.nodes.map((n) => [n.id, n]));
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const found = byId.get(n.id());
      if (found) n.data('community', found.community);
    }),
  );
  return true;
}

export const overview: Feature = {
  name: 'overview',
  mount(host) {
    const layouts = new Layouts();
    toolbarButton(
      host,
      'toolbar.overview',
      () => {
        const before = host.view();
        const next = { focus: [], expanded: {}, hidden: [], path: null, positions: {} };
        host.setView(next);
        host.record({
          label: host.t('toolbar.overview'),
          undo: () => host.setView({ ...before }),
          redo: () => host.setView(next),
        });
      },
      { id: 'overview' },
    );
    toolbarButton(host, 'toolbar.fit', () => fitView(host.cy), { id: 'fit' });
    toolbarButton(
      host,
      'toolbar.relayout',
      () => {
        const positions = layouts.compute(host.cy, host.cy.nodes(), { fixed: new Set(host.view().pinned) });
        void host
          .busy(host.t('status.loading'), positions)
          .then((p) => applyPositions(host.cy, p))
          .then(() => fitView(host.cy))
          .then(() => host.emit('graph-changed'))
          .catch((e: Error) => host.notify(e.message, 'error'));
      },
      { id: 'relayout' },
    );
    const community = toolbarButton(
      host,
      'toolbar.community',
      () => {
        const on = !host.view().community;
        void (on ? ensureCommunities(host) : Promise.resolve(false))
          .then(() => {
            host.emit('graph-changed');
            host.setView({ community: on });
            community.setAttribute('aria-pressed', String(on));
          })
          .catch((e: Error) => host.notify(host.t('status.error', { detail: e.message }), 'error'));
      },
      { id: 'community', toggle: true },
    );
    community.setAttribute('aria-pressed', String(host.view().community));
    host.on('graph-changed', () => {
      if (!host.view().community) return;
      void ensureCommunities(host)
        .then((fetched) => fetched && host.emit('graph-changed'))
        .catch(() => {});
    });
    toolbarButton(
      host,
      'toolbar.share',
      () => {
        void navigator.clipboard?.writeText(location.href).then(
          () => host.notify(host.t('notify.copied'), 'success'),
          () => host.notify(location.href),
        );
      },
      { id: 'share' },
    );
  },
};
