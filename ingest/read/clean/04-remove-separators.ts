// Step 4: separator and end-mark lines out ("--- o0o ---", "* * *", "-end-").
import { SEPARATOR_RULES } from './model/separators';

export function removeSeparators(lines: string[]): string[] {
  return lines.map((line) => (line && SEPARATOR_RULES.some((r) => r.pattern.test(line)) ? '' : line));
}
