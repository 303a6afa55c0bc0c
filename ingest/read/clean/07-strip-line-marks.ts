// Step 7: bullets and debris at the start of lines out ("· El acuerdo", "&) COMUNICADO").
import { LINE_START_RULES } from './model/bullets';

export function stripLineMarks(lines: string[]): string[] {
  return lines.map((line) => {
    let out = line;
    for (const rule of LINE_START_RULES) out = out.replace(rule.pattern, rule.replacement);
    return out;
  });
}
