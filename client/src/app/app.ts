// The composition root of the browser app: the API client, the language, the graph, the slots, the
// view state in the URL, and the host every feature is mounted with.
import { ApiClient, ApiError } from '../api/client';
import { FEATURES } from '../features';
import { decorate } from '../graph/decorate';
import { fitView } from '../graph/fit';
import { Layouts } from '../graph/layout';
import { renderLegend } from '../graph/legend';
import { createGraph } from '../graph/setup';
import { createI18n } from '../i18n';
import { showDetails } from '../panels/details';
import { openDocument } from '../panels/document';
import { History } from '../state/history';
import { decodeView, encodeView, type ViewState } from '../state/view-state';
import { mergeElements, placeNodes, positionsOf, toDefinitions } from './elements';
import type { AppHost, ContextAction, HostEvent } from './host';
import { bindInteractions } from './interactions';
import { notifier, panelSlot, StatusLine } from './slots';
import { fetchView } from './view-loader';
import { applyViewClasses } from './view-classes';

const TOKEN_KEY = 'enlace.token';

/** Moves `?token=` from the address bar to sessionStorage (the link enlace start prints). */
function takeToken(): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const byId = (id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
};

export async function startApp(): Promise<AppHost> {
  takeToken();
  const i18n = createI18n();
  const api = new ApiClient('/api', () => sessionStorage.getItem(TOKEN_KEY));
  const { cy, renderer } = createGraph(byId('cy'));
  const layouts = new Layouts();
  const undo = new History();
  const status = new StatusLine(byId('status'));
  const notify = notifier(byId('notices'));
  const listeners = new Map<HostEvent, Set<() => void>>();
  const contextActions: ContextAction[] = [];
  let view: ViewState = decodeView(location.hash);
  let note: string | null = null;

  const emit = (event: HostEvent) => listeners.get(event)?.forEach((listener) => listener());
  const saveUrl = () => {
    view = { ...view, positions: positionsOf(cy) };
    history.replaceState(null, '', `${location.pathname}${location.search}#${encodeView(view)}`);
  };
  const redraw = () => {
    decorate(cy, i18n.t);
    applyViewClasses(cy, view);
    renderLegend(byId('legend'), cy, i18n.t, view.community);
    const shown = cy.nodes(':visible');
    const overlay = byId('overlay');
    if (cy.nodes().empty() && !overlay.dataset.kind) {
      if (view.from || view.to)
        showOverlay('empty', i18n.t('status.noneInRange', { from: view.from ?? '…', to: view.to ?? '…' }));
      else showOverlay('empty', i18n.t('status.empty'));
    }
    status.set(note ?? i18n.t('status.ready', { nodes: shown.length, edges: cy.edges(':visible').length }));
  };
  const showOverlay = (kind: string, message: string) => {
    const overlay = byId('overlay');
    overlay.dataset.kind = kind;
    overlay.textContent = message;
    overlay.hidden = false;
  };
  const hideOverlay = () => {
    const overlay = byId('overlay');
    overlay.hidden = true;
    delete overlay.dataset.kind;
  };

  /** Loads the view state from the API into the graph, keeping what stays where it is. */
  const load = async (options: { fit?: boolean; initial?: boolean } = {}) => {
    try {
      const loaded = await status.busy(i18n.t('status.loading'), fetchView(api, view));
      hideOverlay();
      note = loaded.note;
      const wanted = new Set(loaded.definitions.map((d) => d.data.id));
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      const known = view.positions;
      const added = mergeElements(cy, loaded.definitions);
      decorate(cy, i18n.t);
      await placeNodes(cy, layouts, added, loaded.preset ? 'preset' : 'layout', new Set(view.pinned), known);
      redraw();
      if (options.fit) fitView(cy, cy.elements(':visible'), !options.initial);
      saveUrl();
      emit('graph-changed');
    } catch (error) {
      reportLoadError(error);
    }
  };
  const reportLoadError = (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof ApiError && error.unreachable) {
      const message = error.status === 0 ? i18n.t('status.unreachable') : i18n.t('status.dbDown', { detail });
      showOverlay('down', message);
      status.set(message, 'error');
    } else {
      showOverlay('error', i18n.t('status.error', { detail }));
      status.set(i18n.t('status.error', { detail }), 'error');
    }
  };

  const host: AppHost = {
    api,
    i18n,
    t: i18n.t,
    cy,
    async addElements(elements, options = {}) {
      const definitions = toDefinitions(elements);
      const added = mergeElements(cy, definitions);
      decorate(cy, i18n.t);
      await placeNodes(cy, layouts, added, options.place ?? 'layout', new Set(view.pinned));
      redraw();
      if (options.fit) {
        const ids = options.fit === true ? added : options.fit;
        const wanted = new Set(ids);
        const target = cy.elements().filter((e) => wanted.has(e.id()));
        fitView(cy, target.nonempty() ? target.closedNeighborhood() : cy.elements(':visible'));
      }
      if (options.undoLabel && added.length) {
        const addedIds = new Set(added);
        const saved = cy.elements().filter((e) => addedIds.has(e.id()));
        host.record({
          label: options.undoLabel,
          undo: () => void saved.remove(),
          redo: () => void saved.restore(),
        });
      }
      saveUrl();
      emit('graph-changed');
      return added;
    },
    selection: () => ({
      nodes: cy.nodes(':selected').map((n) => n.id()),
      edges: cy.edges(':selected').map((e) => e.id()),
    }),
    refresh: () => load(),
    notify,
    busy: (message, task) => status.busy(message, task),
    toolbar: byId('toolbar'),
    searchBox: byId('search-slot'),
    leftPanel: byId('filters-slot'),
    sidePanel: panelSlot(byId('side-panel'), () => i18n.t('details.close')),
    drawer: panelSlot(byId('drawer'), () => i18n.t('details.close')),
    addContextAction: (action) => void contextActions.push(action),
    history: undo,
    record: (change) => {
      undo.record(change);
      saveUrl();
    },
    showDetails: (target) => showDetails(host, target),
    openDocument: (id, focus) => openDocument(host, id, focus),
    view: () => view,
    setView(patch) {
      view = { ...view, ...patch };
      saveUrl();
      if ('focus' in patch) void load({ fit: true });
      else if ('from' in patch || 'to' in patch) void load({ fit: true });
      else if ('path' in patch) void load();
      else emit('graph-changed');
      if ('labels' in patch || 'types' in patch || 'from' in patch || 'to' in patch) emit('filters-changed');
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit,
  };
  byId('cy').dataset.renderer = renderer;
  i18n.onChange(() => {
    redraw();
    emit('lang-changed');
  });
  host.on('graph-changed', redraw);
  host.on('data-changed', () => void load());
  cy.on('dragfree', 'node', saveUrl);
  // The graph's box changes as panels open and close: Cytoscape must be told.
  new ResizeObserver(() => cy.resize()).observe(byId('cy'));
  bindInteractions(host, contextActions);
  for (const feature of FEATURES) await feature.mount(host);
  await load({ fit: true, initial: true });
  return host;
}
