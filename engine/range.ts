/** The integers a, a + 1, ..., b - 1. */
export function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}
