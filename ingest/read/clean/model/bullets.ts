// Marks at the start of a line that are layout, not text: bullets, list dashes, conversion debris.
import type { MarkupRule } from './markup';

export const LINE_START_RULES: readonly MarkupRule[] = [
  {
    pattern: /^(?:[&)\]}|\\^~]+\s+)+/,
    replacement: '',
    reason: 'debris-before-first-word',
    example: '&) COMUNICADO',
  },
  {
    // Round bullets may touch the word; dashes and stars need a space ("-5%" is a number).
    pattern: /^(?:[·•▪▫◦‣►▸●○■□➢➤✓✔]\s*|[-–—*+>]\s+)+(?=[\p{L}\p{N}"'¿¡(])/u,
    replacement: '',
    reason: 'bullet',
    example: '· El acuerdo fue firmado',
  },
];
