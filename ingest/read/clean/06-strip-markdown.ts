// Step 6: Markdown syntax out, words kept ("**Dr. José**" -> "Dr. José", "[texto](url)" -> "texto").
import { MARKDOWN_RULES } from './model/markdown';

export function stripMarkdown(lines: string[]): string[] {
  return lines.map((line) => {
    // Most lines carry no Markdown: skip the rules unless a marker character is present.
    if (!line || !/[*_[`#>\\<]/.test(line)) return line;
    let out = line;
    for (const rule of MARKDOWN_RULES) out = out.replace(rule.pattern, rule.replacement);
    return out.replace(/ {2,}/g, ' ').trim();
  });
}
