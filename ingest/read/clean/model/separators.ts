// Lines that only separate or end sections of a release: removed whole.

export interface LineRule {
  pattern: RegExp;
  reason: string;
  example: string;
}

export const SEPARATOR_RULES: readonly LineRule[] = [
  { pattern: /^[-–—_=~ ]*o0o[-–—_=~ ]*$/i, reason: 'end-mark-o0o', example: '--- o0o ---' },
  { pattern: /^(?:\*\s*){3,}$/, reason: 'asterism', example: '* * *' },
  { pattern: /^(?:[-–—_=~·•.]\s*){3,}$/, reason: 'rule-line', example: '-----' },
  { pattern: /^#{3,}$/, reason: 'end-mark-hashes', example: '###' },
  { pattern: /^[-–—]\s*(?:30|end|fin)\s*[-–—]$/i, reason: 'end-mark-word', example: '-end-' },
];
