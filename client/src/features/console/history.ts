// The console's history: the last queries run, newest first, kept in localStorage across visits.
const KEY = 'enlace.cypher.history';
const MAX = 50;

export interface HistoryEntry {
  query: string;
  params: string;
}

export function readHistory(storage: Storage | null): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is HistoryEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as HistoryEntry).query === 'string' &&
        typeof (e as HistoryEntry).params === 'string',
    );
  } catch {
    return []; // a damaged entry starts the history afresh
  }
}

/** Puts `entry` first (once), keeping at most MAX. */
export function remember(storage: Storage | null, entry: HistoryEntry): HistoryEntry[] {
  const next = [entry, ...readHistory(storage).filter((e) => e.query !== entry.query)].slice(0, MAX);
  try {
    storage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage full or disabled: the history lives for this page only
  }
  return next;
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
