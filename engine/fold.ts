// Accent and case folding, the one key every matcher compares words by: "Perú" -> "peru".

const NON_ASCII = /[^ -~]/;

/** Lower case without accents: "Perú" -> "peru". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // most words are plain ASCII: skip the Unicode decomposition for them
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}
