// A phrase table for the gazetteer, where thousands of names share a first word ("San", "La",
// "Villa"): rows are found by their first two words, so a look-up reads only the names that can match.
// It answers `get(first, second)` as matchAt calls it; `get(first)` alone gives every row of the word.

export interface Row<T> {
  words: string[];
  value: T;
}

const longestFirst = <T>(rows: Row<T>[]): Row<T>[] => rows.sort((a, b) => b.words.length - a.words.length);

export class PairTable<T> {
  private readonly single = new Map<string, Row<T>[]>();
  private readonly pairs = new Map<string, Row<T>[]>();
  private readonly all = new Map<string, Row<T>[]>();
  private readonly asked = new Map<string, Row<T>[]>();

  add(words: string[], value: T): void {
    const first = words[0];
    if (!first) return;
    const key = words.length === 1 ? first : `${first} ${words[1]}`;
    const list = words.length === 1 ? this.single : this.pairs;
    const row = list.get(key);
    if (row) row.push({ words, value });
    else list.set(key, [{ words, value }]);
    const every = this.all.get(first);
    if (every) every.push({ words, value });
    else this.all.set(first, [{ words, value }]);
  }

  /** Call once all rows are in. */
  seal(): this {
    for (const list of [this.single, this.pairs, this.all])
      for (const rows of list.values()) longestFirst(rows);
    return this;
  }

  has(first: string): boolean {
    return this.all.has(first);
  }

  get(first: string, second?: string): Row<T>[] | undefined {
    if (second === undefined) return this.all.get(first);
    const key = `${first} ${second}`;
    const done = this.asked.get(key);
    if (done) return done;
    const pairs = this.pairs.get(key);
    const single = this.single.get(first);
    if (!pairs && !single) return undefined;
    const rows = pairs && single ? [...pairs, ...single] : (pairs ?? single)!;
    this.asked.set(key, rows);
    return rows;
  }
}
