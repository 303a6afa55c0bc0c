// Step 4: separator and end-mark lines out ("--- o0o ---", "* * *", "-end-"), and the short trailer of
// press contacts that follows an end mark.
import { SEPARATOR_RULES, TRAILER_LIMIT } from './model/separators';

export function removeSeparators(lines: string[]): string[] {
  const out = lines.slice();
  for (let i = 0; i < out.length; i += 1) {
    const line = out[i];
    if (!line) continue;
    const rule = SEPARATOR_RULES.find((r) => r.pattern.test(line));
    if (!rule) continue;
    out[i] = '';
    if (rule.endOfRelease && isShortTrailer(out.slice(i + 1))) return out.slice(0, i);
  }
  return out;
}

function isShortTrailer(rest: string[]): boolean {
  const lines = rest.filter(Boolean);
  return lines.length <= TRAILER_LIMIT.maxLines && lines.join(' ').length <= TRAILER_LIMIT.maxChars;
}
