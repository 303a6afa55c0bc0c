// The Cypher console, in the drawer: a toolbar button opens it (and closes it again).
import type { Feature } from '../../app/host';
import { toolbarButton } from '../../app/widgets';
import { injectStyles } from '../tools-kit/styles';
import { consoleView, type ConsoleView } from './console-view';
import { CONSOLE_MESSAGES } from './messages';
import { CONSOLE_CSS } from './styles';

export const cypherConsole: Feature = {
  name: 'console',
  mount(host) {
    host.i18n.extend(CONSOLE_MESSAGES);
    injectStyles('enlace-console-css', CONSOLE_CSS);
    let view: ConsoleView | null = null;
    const open = () => {
      view ??= consoleView(host);
      host.drawer.open(host.t('console.title'), view.root, 'console');
      view.editor.focus();
    };
    toolbarButton(
      host,
      'console.button',
      () => {
        const showing = host.drawer.isOpen() && document.getElementById('drawer')?.dataset.view === 'console';
        if (showing) host.drawer.close();
        else open();
      },
      { id: 'console' },
    );
    // The console's words follow the language the next time it opens.
    host.on('lang-changed', () => {
      if (view && !host.drawer.isOpen()) view = null;
    });
  },
};
