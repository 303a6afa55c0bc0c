// Undo and redo buttons, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y).
import type { Feature } from '../../app/host';
import { toolbarButton } from '../../app/widgets';

export const history: Feature = {
  name: 'history',
  mount(host) {
    const undo = () => {
      const change = host.history.undo();
      if (change) host.notify(host.t('notify.undone', { label: change.label }));
      host.emit('graph-changed');
    };
    const redo = () => {
      const change = host.history.redo();
      if (change) host.notify(host.t('notify.redone', { label: change.label }));
      host.emit('graph-changed');
    };
    const undoButton = toolbarButton(host, 'toolbar.undo', undo, { id: 'undo', icon: '↶' });
    const redoButton = toolbarButton(host, 'toolbar.redo', redo, { id: 'redo', icon: '↷' });
    const update = () => {
      undoButton.disabled = !host.history.canUndo();
      redoButton.disabled = !host.history.canRedo();
    };
    update();
    host.history.onChange(update);
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      if ((event.target as HTMLElement).closest('input, textarea, .cm-editor')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    });
  },
};
