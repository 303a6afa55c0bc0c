// Union-find over entity records with the two guards of automatic matching: nodes of one
// document stay apart (extraction saw them side by side and kept them distinct), and names a
// curated split entry separates never meet. Forced (curated) unions skip both guards.

export interface UnionOutcome {
  joined: boolean;
  /** Why an automatic union was refused, for debugging and tests. */
  refused?: 'same-document' | 'curated-split';
}

export class EntityUnion {
  private readonly parent: number[];
  private readonly docs: Set<string>[];
  /** Per root: split entry -> indexes of the names of that entry present in the cluster. */
  private readonly splits: Map<number, Set<number>>[];

  constructor(docIds: readonly string[], splitTags: readonly Map<number, number>[]) {
    this.parent = docIds.map((_, index) => index);
    this.docs = docIds.map((docId) => new Set([docId]));
    this.splits = splitTags.map(
      (tags) => new Map([...tags].map(([entry, name]) => [entry, new Set([name])])),
    );
  }

  find(element: number): number {
    let root = element;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later finds near O(1) on large corpora.
    let node = element;
    while (this.parent[node] !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number, forced = false): UnionOutcome {
    let left = this.find(a);
    let right = this.find(b);
    if (left === right) return { joined: false };
    if (!forced) {
      if (this.shareDocument(left, right)) return { joined: false, refused: 'same-document' };
      if (this.splitConflict(left, right)) return { joined: false, refused: 'curated-split' };
    }
    // The smaller index stays root, so roots do not depend on the order of unions.
    if (right < left) [left, right] = [right, left];
    this.parent[right] = left;
    for (const doc of this.docs[right]!) this.docs[left]!.add(doc);
    for (const [entry, names] of this.splits[right]!) {
      const target = this.splits[left]!.get(entry) ?? new Set<number>();
      for (const name of names) target.add(name);
      this.splits[left]!.set(entry, target);
    }
    this.docs[right] = new Set();
    this.splits[right] = new Map();
    return { joined: true };
  }

  /** True when an automatic union of the clusters of a and b would be accepted. */
  canJoin(a: number, b: number): boolean {
    const left = this.find(a);
    const right = this.find(b);
    return left === right || (!this.shareDocument(left, right) && !this.splitConflict(left, right));
  }

  private shareDocument(left: number, right: number): boolean {
    const [small, large] = ordered(this.docs[left]!, this.docs[right]!);
    for (const doc of small) if (large.has(doc)) return true;
    return false;
  }

  private splitConflict(left: number, right: number): boolean {
    for (const [entry, names] of this.splits[left]!) {
      const other = this.splits[right]!.get(entry);
      if (!other) continue;
      // Two different names of one split entry would end up together.
      if (new Set([...names, ...other]).size > 1) return true;
    }
    return false;
  }
}

function ordered<T>(a: Set<T>, b: Set<T>): [Set<T>, Set<T>] {
  return a.size <= b.size ? [a, b] : [b, a];
}
