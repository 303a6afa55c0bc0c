// Page furniture: page numbers and the headers or footers repeated on every page of a converted document.
import type { LineRule } from './separators';

export const PAGE_NUMBER_RULES: readonly LineRule[] = [
  {
    pattern: /^(?:p[aá]g(?:ina)?\.?|page|p\.)\s*\d{1,4}(?:\s*(?:de|of|\/)\s*\d{1,4})?$/i,
    reason: 'page-label',
    example: 'Página 2 de 3',
  },
  { pattern: /^[-–—]?\s*\d{1,3}\s*[-–—]?$/, reason: 'bare-page-number', example: '- 2 -' },
  { pattern: /^\d{1,4}\s*(?:\/|de|of)\s*\d{1,4}$/i, reason: 'page-fraction', example: '2/3' },
];

/** A short line seen this many times is a running header or footer, not prose. */
export const REPEATED_LINE = {
  minCount: 2,
  maxChars: 60,
  maxWords: 8,
  // Sentences end with these; running headers do not.
  sentenceEnd: /[.!?:;"]$/,
} as const;
