// Focusing the view on an entity: its neighbourhood replaces the view (undoable).
import type { AppHost } from '../../app/host';

export function focusOn(host: AppHost, id: string, name: string): void {
  const before = host.view();
  const next = { focus: [id], expanded: {}, hidden: [], path: null, positions: {} };
  host.setView(next);
  host.record({
    label: host.t('undo.focus', { name }),
    undo: () =>
      host.setView({
        focus: before.focus,
        expanded: before.expanded,
        hidden: before.hidden,
        path: before.path,
        positions: before.positions,
      }),
    redo: () => host.setView(next),
  });
  void host.showDetails({ group: 'nodes', id });
}
