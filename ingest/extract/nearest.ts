// "The last item of a list that starts before x, the first that starts after x", asked for many x: a
// scan per question made a long document cost the square of its length; sorted by start, with the best
// list position before and after each, every question is a binary search.

export class Nearest<T> {
  private readonly starts: number[];
  /** Greatest list position among the items sorted by start up to here. */
  private readonly lastUpTo: number[];
  /** Least list position among the items sorted by start from here on. */
  private readonly firstFrom: number[];

  constructor(
    private readonly items: readonly T[],
    start: (item: T) => number,
  ) {
    const order = items.map((_, n) => n).sort((a, b) => start(items[a]!) - start(items[b]!) || a - b);
    this.starts = order.map((n) => start(items[n]!));
    this.lastUpTo = [];
    let last = -1;
    for (const n of order) this.lastUpTo.push((last = Math.max(last, n)));
    this.firstFrom = new Array<number>(order.length);
    let first = Infinity;
    for (let k = order.length - 1; k >= 0; k--) this.firstFrom[k] = first = Math.min(first, order[k]!);
  }

  /** Number of items whose start is below x (strictly, or up to x when `inclusive`). */
  private count(x: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < x || (inclusive && this.starts[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The item latest in the list among those starting before x. */
  lastBefore(x: number): T | undefined {
    const c = this.count(x, false);
    return c ? this.items[this.lastUpTo[c - 1]!] : undefined;
  }

  /** The item earliest in the list among those starting after x. */
  firstAfter(x: number): T | undefined {
    const c = this.count(x, true);
    return c < this.starts.length ? this.items[this.firstFrom[c]!] : undefined;
  }
}
