// Inline debris left by converters: image placeholders, HTML comments, tags and entities.

export interface MarkupRule {
  pattern: RegExp;
  replacement: string;
  reason: string;
  example: string;
}

export const MARKUP_RULES: readonly MarkupRule[] = [
  {
    pattern: /\[image:[^\]\n]*\]/gi,
    replacement: '',
    reason: 'image-placeholder',
    example: '[image: image1.jpg]',
  },
  {
    pattern: /!\[[^\]\n]*\]\([^)\n]*\)/g,
    replacement: '',
    reason: 'markdown-image',
    example: '![Foto](http://x/a.jpg)',
  },
  { pattern: /<!--[\s\S]*?-->/g, replacement: '', reason: 'html-comment', example: '<!-- nota -->' },
  {
    pattern: /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|hr)\b[^<>\n]*>/gi,
    replacement: '\n',
    reason: 'html-block-tag-breaks-line',
    example: '<p>Texto</p>',
  },
  {
    pattern: /<\/?[a-z][a-z0-9-]*(?:\s[^<>\n]*)?\/?>/gi,
    replacement: '',
    reason: 'html-inline-tag',
    example: '<strong>IMSS</strong>',
  },
];

/** The HTML entities that survive in converted text; numeric ones are decoded by code. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  laquo: '"',
  raquo: '"',
  ldquo: '"',
  rdquo: '"',
  lsquo: "'",
  rsquo: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  iexcl: '¡',
  iquest: '¿',
  ordm: 'º',
  ordf: 'ª',
  deg: '°',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  uuml: 'ü',
  Uuml: 'Ü',
};
