// Lines that only separate or end sections of a release: removed whole.

export interface LineRule {
  pattern: RegExp;
  reason: string;
  example: string;
  /** The mark ends the release: a short trailer after it (press contacts) is dropped too. */
  endOfRelease?: boolean;
}

export const SEPARATOR_RULES: readonly LineRule[] = [
  {
    pattern: /^[-–—_=~ ]*o0o[-–—_=~ ]*$/i,
    reason: 'end-mark-o0o',
    endOfRelease: true,
    example: '--- o0o ---',
  },
  { pattern: /^(?:\*\s*){3,}$/, reason: 'asterism', example: '* * *' },
  { pattern: /^(?:[-–—_=~·•.]\s*){3,}$/, reason: 'rule-line', example: '-----' },
  { pattern: /^#{3,}$/, reason: 'end-mark-hashes', endOfRelease: true, example: '###' },
  {
    pattern: /^[-–—]\s*(?:30|end|fin)\s*[-–—]$/i,
    reason: 'end-mark-word',
    endOfRelease: true,
    example: '-end-',
  },
];

/** A trailer after an end mark this small is contacts or boilerplate; anything longer is kept (another release). */
export const TRAILER_LIMIT = { maxLines: 12, maxChars: 600 } as const;
