// A seeded pseudo-random generator (mulberry32), so that Louvain's and the layout's random choices
// are the same on every run and communities and positions stay put between restarts.

/**
 * @example const rng = seededRandom(42); rng() // 0.6011037519201636, every time
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
