// Markdown syntax to strip, keeping the words: links keep their text, emphasis its content.
import type { MarkupRule } from './markup';

export const MARKDOWN_RULES: readonly MarkupRule[] = [
  {
    pattern: /^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$/gm,
    replacement: '',
    reason: 'link-definition',
    example: '[1]: http://x',
  },
  {
    pattern: /\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g,
    replacement: '$1',
    reason: 'inline-link',
    example: '[Colegio de Geógrafos](https://geografos.org)',
  },
  {
    pattern: /\[([^\]\n]+)\]\[[^\]\n]*\]/g,
    replacement: '$1',
    reason: 'reference-link',
    example: '[texto][1]',
  },
  { pattern: /<(https?:\/\/[^>\s]+)>/g, replacement: '$1', reason: 'autolink', example: '<https://x.org>' },
  {
    pattern: /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/gm,
    replacement: '$1',
    reason: 'atx-heading',
    example: '## Convenio',
  },
  { pattern: /^\s{0,3}>\s?/gm, replacement: '', reason: 'blockquote', example: '> cita' },
  {
    pattern: /\*\*\*(\S(?:[^*\n]*?\S)?)\*\*\*/g,
    replacement: '$1',
    reason: 'bold-italic',
    example: '***Generarán***',
  },
  {
    pattern: /\*\*(\S(?:[^*\n]*?\S)?)\*\*/g,
    replacement: '$1',
    reason: 'bold',
    example: '**Dr. José Ángel Delgado,**',
  },
  {
    pattern: /___(\S(?:[^_\n]*?\S)?)___/g,
    replacement: '$1',
    reason: 'bold-italic-underscore',
    example: '___x___',
  },
  {
    pattern: /(^|[^\w_])__(\S(?:[^_\n]*?\S)?)__(?!\w)/g,
    replacement: '$1$2',
    reason: 'bold-underscore',
    example: '__x__',
  },
  {
    pattern: /(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])/g,
    replacement: '$1$2',
    reason: 'italic',
    example: '*x*',
  },
  {
    pattern: /(^|[^\w_])_(\S(?:[^_\n]*?\S)?)_(?!\w)/g,
    replacement: '$1$2',
    reason: 'italic-underscore',
    example: '_Jornada_',
  },
  { pattern: /`([^`\n]+)`/g, replacement: '$1', reason: 'inline-code', example: '`QGIS`' },
  { pattern: /\\([\\`*_{}[\]()#+\-.!])/g, replacement: '$1', reason: 'escaped-character', example: '\\*' },
];
