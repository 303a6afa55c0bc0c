// Inputs of the scaling benchmark: press-release prose from the synthetic corpus, grown to a given size in
// three shapes that real archives produce (a file without line breaks, a paragraph pasted over and over,
// a long file of ordinary paragraphs).
import type { Lang } from './corpus/cast';
import { corpusDocument } from './corpus';

export type Shape = 'one-line' | 'repeated' | 'paragraphs';

export const SHAPES: readonly Shape[] = ['one-line', 'repeated', 'paragraphs'];

export const SHAPE_NOTES: Record<Shape, string> = {
  'one-line': 'one paragraph, no line breaks',
  repeated: 'one paragraph repeated, blank line between',
  paragraphs: 'many short paragraphs (whole releases one after another)',
};

/** Plain-text releases of one language, in corpus order, endlessly (the corpus has no end). */
function* releases(lang: Lang, seed: number): Generator<string, never> {
  const options = { seed, count: Number.MAX_SAFE_INTEGER, englishShare: lang === 'en' ? 1 : 0 };
  for (let i = 0; ; i++) {
    const d = corpusDocument(options, i);
    if (d.format === 'txt') yield d.text;
  }
}

/** Pieces joined by `glue` until the text holds at least `bytes` bytes of UTF-8. */
function grow(pieces: Iterable<string>, glue: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const p of pieces) {
    parts.push(p);
    size += Buffer.byteLength(p) + Buffer.byteLength(glue);
    if (size >= bytes) break;
  }
  return parts.join(glue);
}

function* forever<T>(item: T): Generator<T> {
  for (;;) yield item;
}

/**
 * A text of about `bytes` bytes (never less) in `shape`, from releases in `lang`.
 * @example scalingInput('one-line', 'es', 65536, 42).includes('\n') // false
 */
export function scalingInput(shape: Shape, lang: Lang, bytes: number, seed: number): string {
  if (shape === 'paragraphs') return grow(releases(lang, seed), '\n\n', bytes);
  if (shape === 'one-line') {
    const flat = (function* () {
      for (const text of releases(lang, seed)) yield text.replace(/\s*\n+\s*/g, ' ');
    })();
    return grow(flat, ' ', bytes);
  }
  // The paragraph of the first release with the most capitalised words: names, posts and bodies.
  const first = releases(lang, seed).next().value;
  const capitals = (p: string) => p.match(/(?<!\p{L})\p{Lu}/gu)?.length ?? 0;
  const paragraph = first.split(/\n{2,}/).reduce((a, b) => (capitals(b) > capitals(a) ? b : a), '');
  return grow(forever(paragraph), '\n\n', bytes);
}
