// What every feature module receives: the API, the interface language, the graph and the slots of the
// page it may fill. Features talk to each other only through this (and the graph itself), so each can
// be built and removed on its own.
import type { Core, ElementDefinition } from 'cytoscape';
import type { ApiClient } from '../api/client';
import type { CyElements } from '../api/types';
import type { I18n } from '../i18n';
import type { ViewState } from '../state/view-state';

export type NotifyKind = 'info' | 'success' | 'error';

/** How newly added elements are placed. */
export type PlaceMode =
  /** fCoSE (in a worker), keeping the nodes already on screen where they are. */
  | 'layout'
  /** The positions the elements carry (server layouts). */
  | 'preset'
  /** Beside a node: new nodes in a ring around it, then a local layout. */
  | { around: string };

export interface AddOptions {
  place?: PlaceMode;
  /** Fit the view to these ids afterwards (all added when true). */
  fit?: boolean | string[];
  /** Recorded in undo history under this name (not recorded when absent). */
  undoLabel?: string;
}

/** A target of a click or a context menu: a node or an edge of the graph. */
export interface GraphTarget {
  group: 'nodes' | 'edges';
  id: string;
}

/** An entry of the graph's context menu. */
export interface ContextAction {
  id: string;
  /** Shown text (called each time the menu opens, so it follows the language). */
  label: (target: GraphTarget) => string;
  /** Whether it applies to the target (all targets when absent). */
  when?: (target: GraphTarget) => boolean;
  run: (target: GraphTarget) => void | Promise<void>;
}

/** The side panel: one view at a time (details, a document, a feature's own form). */
export interface PanelSlot {
  /** Shows `body` under `title`, replacing what the panel showed; `key` names the view (for tests, CSS). */
  open(title: string, body: Node, key?: string): void;
  close(): void;
  isOpen(): boolean;
}

/** A bottom drawer for wide tools (a query console, tables); one view at a time. */
export type DrawerSlot = PanelSlot;

/** An undoable change of the view: `undo` then `redo` must restore exactly. */
export interface ViewChange {
  label: string;
  undo: () => void;
  redo: () => void;
}

export interface UndoHistory {
  undo(): ViewChange | null;
  redo(): ViewChange | null;
  canUndo(): boolean;
  canRedo(): boolean;
  onChange(listener: () => void): void;
}

export type HostEvent =
  /** Elements were added, removed, hidden or shown. */
  | 'graph-changed'
  /** The interface language changed. */
  | 'lang-changed'
  /** The data changed on the server (curation, upload): views should reload. */
  | 'data-changed'
  /** Filters (labels, types, date range) changed. */
  | 'filters-changed';

export interface AppHost {
  api: ApiClient;
  i18n: I18n;
  /** Translates a message key of the dictionaries (features may add their own: i18n.extend). */
  t: I18n['t'];
  cy: Core;
  /** Adds elements (duplicates ignored), styles and places them. Resolves when placed. */
  addElements(elements: CyElements | ElementDefinition[], options?: AddOptions): Promise<string[]>;
  /** Ids of the selected nodes and edges. */
  selection(): { nodes: string[]; edges: string[] };
  /** Reloads what the view shows from the API (after a curation or an upload). */
  refresh(): Promise<void>;
  notify(message: string, kind?: NotifyKind): void;
  /** Shows a running task in the status line until the promise settles; returns the promise. */
  busy<T>(message: string, task: Promise<T>): Promise<T>;
  /** The toolbar: append buttons or small controls (see widgets.ts toolbarButton). */
  toolbar: HTMLElement;
  /** The header's search area. */
  searchBox: HTMLElement;
  /** A narrow column left of the graph (filters). */
  leftPanel: HTMLElement;
  sidePanel: PanelSlot;
  drawer: DrawerSlot;
  addContextAction(action: ContextAction): void;
  /** Records a view change in the undo history (after it was applied). */
  record(change: ViewChange): void;
  /** Undo and redo of recorded view changes. */
  history: UndoHistory;
  /** Shows the details of a node or an edge in the side panel. */
  showDetails(target: GraphTarget): Promise<void>;
  /** Opens a document in the side panel, highlighting mentions (of `entityId`) and a sentence span. */
  openDocument(
    id: string,
    focus?: { start?: number | null; end?: number | null; entityId?: string },
  ): Promise<void>;
  /** The view's filters and focus, as the URL keeps them. */
  view(): ViewState;
  /** Changes part of the view state (filters, focus); the URL follows. */
  setView(patch: Partial<ViewState>): void;
  on(event: HostEvent, listener: () => void): () => void;
  emit(event: HostEvent): void;
}

/** A feature: mounted once, after the graph exists, with the host. */
export interface Feature {
  name: string;
  mount(host: AppHost): void | Promise<void>;
}
