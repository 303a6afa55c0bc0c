// A small seeded PRNG (mulberry32) and the draws the generator needs, so a seed always gives the same corpus.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** n distinct elements (n <= items.length), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
}

/** mulberry32: 32-bit state, fast, good enough for text generation (not for cryptography). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('random.pick: empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], n: number): T[] => {
    if (n > items.length) throw new Error(`random.sample: asked for ${n} of ${items.length} items`);
    const copy = [...items];
    // Partial Fisher-Yates: only the first n positions are shuffled.
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  };
  return { next, int, chance: (p) => next() < p, pick, sample };
}

/** A 32-bit finaliser (murmur3 fmix32): spreads every input bit over the output. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A per-document seed derived from the corpus seed and the document index (documents are independent).
 * The seed is mixed before the index is added, so that no (seed, index) pair repeats another's document.
 */
export function documentSeed(seed: number, index: number): number {
  return mix((mix(seed ^ 0x9e3779b9) + Math.imul(index, 0x9e3779b9)) >>> 0);
}
