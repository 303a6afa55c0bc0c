// Results computed from the whole graph (analytics, layouts), kept for the graph version they were
// computed at: a version bump (ingest, curation) makes every entry stale, and concurrent requests
// for the same key share one computation.
import type { Gateway } from '../db';
import { readGraphStamp } from './graph-version';

export class GraphCache {
  private stamp = '';
  private entries = new Map<string, Promise<unknown>>();

  /** Most entries kept per version (filter sets of the overview), oldest dropped first. */
  constructor(private readonly maxEntries = 32) {}

  /**
   * The value for `key` at the graph's current version, computed once per version.
   * @example await cache.get(gateway, 'analytics', (version) => computeAnalytics(gateway, version))
   */
  async get<T>(gateway: Gateway, key: string, compute: (version: number) => Promise<T>): Promise<T> {
    const { version, stamp } = await readGraphStamp(gateway);
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.entries.clear();
    }
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = compute(version);
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      // A failed computation is not kept: the next request tries again.
      entry.catch(() => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      });
    }
    return entry;
  }
}
