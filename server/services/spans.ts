// Character spans as the loader stores them ("start-end" into the document text).

export interface Span {
  start: number;
  end: number;
}

/**
 * One span, or null when the text is not `start-end` with start <= end.
 * @example parseSpan('120-145') // { start: 120, end: 145 }
 */
export function parseSpan(text: string): Span | null {
  const match = /^(\d+)-(\d+)$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start <= end ? { start, end } : null;
}

/**
 * The well-formed spans of a list, in text order (duplicates dropped).
 * @example parseSpans(['30-40', '1-5', 'x']) // [{ start: 1, end: 5 }, { start: 30, end: 40 }]
 */
export function parseSpans(texts: readonly string[]): Span[] {
  const seen = new Set<string>();
  const spans: Span[] = [];
  for (const text of texts) {
    const span = parseSpan(text);
    if (!span || seen.has(text)) continue;
    seen.add(text);
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
