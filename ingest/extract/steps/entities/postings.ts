// Entities filed under keys, each list in the order the entities were filed: the look-ups of the
// entities step ask for the first entity (in document order) that passes a test, and a scan of
// every entity for every mention made a long document cost the square of its length.

export class Postings<T> {
  private readonly lists = new Map<string, T[]>();
  private readonly filed = new Map<string, Set<T>>();

  add(key: string, item: T): void {
    let seen = this.filed.get(key);
    if (!seen) {
      seen = new Set();
      this.filed.set(key, seen);
      this.lists.set(key, []);
    }
    if (seen.has(item)) return;
    seen.add(item);
    this.lists.get(key)!.push(item);
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? [];
  }
}

/** The item of least rank among `lists` that passes `test` (ranks: the order items were first seen). */
export function firstOf<T>(
  rank: ReadonlyMap<T, number>,
  lists: readonly (readonly T[])[],
  test: (item: T) => boolean = () => true,
): T | undefined {
  let best: T | undefined;
  let bestRank = Infinity;
  for (const list of lists)
    for (const item of list) {
      const r = rank.get(item)!;
      if (r < bestRank && test(item)) {
        best = item;
        bestRank = r;
      }
    }
  return best;
}
