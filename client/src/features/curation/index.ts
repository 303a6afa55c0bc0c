// Correcting the graph: rename, add an alias, merge (context menu on a node), delete a wrong relation
// (on an edge), each with a note; the history with undo from the toolbar. Views reload after each.
import type { Feature } from '../../app/host';
import { toolbarButton } from '../../app/widgets';
import { extendShared } from '../tools-kit/messages';
import { injectStyles } from '../tools-kit/styles';
import { aliasForm, deleteRelationForm, mergeForm, renameForm } from './actions';
import { openHistory } from './history-view';
import { CURATION_MESSAGES } from './messages';
import { TOOL_FORM_CSS } from './styles';

export const curation: Feature = {
  name: 'curation',
  mount(host) {
    extendShared(host);
    host.i18n.extend(CURATION_MESSAGES);
    injectStyles('enlace-tool-forms-css', TOOL_FORM_CSS);
    const onNode = { when: (target: { group: string }) => target.group === 'nodes' };
    host.addContextAction({
      id: 'curation-rename',
      label: () => host.t('curation.rename'),
      ...onNode,
      run: (target) => renameForm(host, target),
    });
    host.addContextAction({
      id: 'curation-alias',
      label: () => host.t('curation.alias'),
      ...onNode,
      run: (target) => aliasForm(host, target),
    });
    host.addContextAction({
      id: 'curation-merge',
      label: () => host.t('curation.merge'),
      ...onNode,
      run: (target) => mergeForm(host, target),
    });
    host.addContextAction({
      id: 'curation-delete',
      label: () => host.t('curation.delete'),
      when: (target) => target.group === 'edges',
      run: (target) => deleteRelationForm(host, target),
    });
    toolbarButton(host, 'curation.button', () => void openHistory(host), { id: 'curations' });
  },
};
