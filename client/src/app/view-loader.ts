// Builds the graph the view state describes: the overview, or the focused entities with the nodes
// expanded (each page of each hub), within the date range; then removes what no longer belongs,
// adds what is new and keeps the rest where it is.
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient } from '../api/client';
import type { ViewState } from '../state/view-state';
import { toDefinitions } from './elements';

/** Neighbours per page when a node is expanded (a hub opens a page at a time). */
export const EXPAND_PAGE = 40;
/** Views with more nodes than this use the server's layout. */
export const PRESET_ABOVE = 400;

export interface LoadedView {
  definitions: ElementDefinition[];
  /** Server positions came with the elements (the overview). */
  preset: boolean;
  note: string | null;
}

export async function fetchView(api: ApiClient, view: ViewState): Promise<LoadedView> {
  const dates = { from: view.from ?? undefined, to: view.to ?? undefined };
  const definitions: ElementDefinition[] = [];
  let preset = false;
  let note: string | null = null;
  if (!view.focus.length) {
    const overview = await api.overview({ ...dates, limit: 2000 });
    definitions.push(...toDefinitions(overview.elements));
    // Server positions spare the page a layout of a large view; a small one reads better with fCoSE
    // (in the worker, a fraction of a second), which packs the small components around the big one.
    preset =
      overview.elements.nodes.length > PRESET_ABOVE &&
      overview.elements.nodes.every((n) => (n as { position?: unknown }).position !== undefined);
    note = overview.reduced ? overview.note : null;
  } else {
    const around = await api.neighborhood(view.focus, { ...dates, depth: 1, limit: 200 });
    definitions.push(...toDefinitions(around.elements));
  }
  const pages = Object.entries(view.expanded).flatMap(([id, count]) =>
    Array.from({ length: count }, (_, page) => ({ id, page })),
  );
  const expansions = await Promise.all(
    pages.map(
      ({ id, page }) =>
        api
          .neighborhood([id], { ...dates, limit: EXPAND_PAGE, offset: page * EXPAND_PAGE })
          .catch(() => null), // an id merged or deleted since the link was made: skip it
    ),
  );
  for (const result of expansions) if (result) definitions.push(...toDefinitions(result.elements));
  if (view.path) {
    const found = await api.paths(view.path[0], view.path[1]).catch(() => null);
    if (found) definitions.push(...toDefinitions(found.elements));
  }
  return { definitions, preset, note };
}
