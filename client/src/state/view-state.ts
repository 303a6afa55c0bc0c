// The view as the URL keeps it: focus, filters, expanded and hidden nodes, pins and positions. Kept in
// the fragment (#...) so a shared link restores the same view without asking the server to know it.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export interface ViewState {
  /** Entities the view is centred on (empty: the overview). */
  focus: string[];
  /** Nodes whose neighbours were opened, with how many pages of each (1 = the first page). */
  expanded: Record<string, number>;
  hidden: string[];
  pinned: string[];
  /** Entity labels shown (empty: all). */
  labels: string[];
  /** Relationship types shown (empty: all). */
  types: string[];
  from: string | null;
  to: string | null;
  /** Highlighted path ends. */
  path: [string, string] | null;
  community: boolean;
  /** Node positions, rounded. */
  positions: Record<string, [number, number]>;
}

export const EMPTY_VIEW: ViewState = {
  focus: [],
  expanded: {},
  hidden: [],
  pinned: [],
  labels: [],
  types: [],
  from: null,
  to: null,
  path: null,
  community: false,
  positions: {},
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** URL-safe base64 of deflated JSON: positions of a few hundred nodes fit in a link. */
function pack(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 });
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unpack<T>(text: string): T | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(strFromU8(inflateSync(bytes))) as T;
  } catch {
    return null; // a damaged link: ignore that part
  }
}

export function encodeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.focus.length) p.set('focus', view.focus.join(','));
  const expanded = Object.entries(view.expanded);
  if (expanded.length)
    p.set('expanded', expanded.map(([id, pages]) => (pages > 1 ? `${id}*${pages}` : id)).join(','));
  if (view.hidden.length) p.set('hidden', view.hidden.join(','));
  if (view.pinned.length) p.set('pinned', view.pinned.join(','));
  if (view.labels.length) p.set('labels', view.labels.join(','));
  if (view.types.length) p.set('types', view.types.join(','));
  if (view.from) p.set('from', view.from);
  if (view.to) p.set('to', view.to);
  if (view.path) p.set('path', view.path.join(','));
  if (view.community) p.set('community', '1');
  if (Object.keys(view.positions).length) p.set('pos', pack(view.positions));
  return p.toString();
}

export function decodeView(fragment: string): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const expanded: Record<string, number> = {};
  for (const item of list(p.get('expanded'))) {
    const [id = '', pages] = item.split('*');
    if (id) expanded[id] = Math.max(1, Math.min(50, Number(pages) || 1));
  }
  const path = list(p.get('path'));
  const pos = p.get('pos');
  return {
    focus: list(p.get('focus')),
    expanded,
    hidden: list(p.get('hidden')),
    pinned: list(p.get('pinned')),
    labels: list(p.get('labels')),
    types: list(p.get('types')),
    from: p.get('from'),
    to: p.get('to'),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    community: p.get('community') === '1',
    positions: (pos && unpack<Record<string, [number, number]>>(pos)) || {},
  };
}
