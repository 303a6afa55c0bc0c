// Character normalisation table: typographic variants folded so that rules and evidence match one form.

export interface CharacterRule {
  pattern: RegExp;
  replacement: string;
  reason: string;
  example: string;
}

export const CHARACTER_RULES: readonly CharacterRule[] = [
  { pattern: /\r\n?|[\u2028\u2029]/g, replacement: '\n', reason: 'line-endings', example: 'a\r\nb' },
  { pattern: /\f/g, replacement: '\n\n', reason: 'form-feed-is-page-break', example: 'p1\fp2' },
  {
    pattern: /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g,
    replacement: ' ',
    reason: 'odd-spaces-to-space',
    example: 'Joe\u00a0Biden',
  },
  {
    pattern: /[\u00ad\u200b-\u200d\u2060\ufeff]/g,
    replacement: '',
    reason: 'invisible-characters',
    example: 'coopera\u00adción',
  },
  {
    // eslint-disable-next-line no-control-regex
    pattern: /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g,
    replacement: '',
    reason: 'control-characters',
    example: 'a\u0007b',
  },
  { pattern: /[“”„‟«»″]/g, replacement: '"', reason: 'double-quotes', example: '“convenio”' },
  { pattern: /[‘’‚‛′]/g, replacement: "'", reason: 'single-quotes', example: 'Peru’s' },
];
