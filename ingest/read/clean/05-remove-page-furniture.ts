// Step 5: page numbers and running headers or footers (short lines repeated across pages) out.
import { PAGE_NUMBER_RULES, REPEATED_LINE } from './model/page-furniture';

export function removePageFurniture(lines: string[]): string[] {
  // 1. Count the short, sentence-less lines: a running header is one of them seen again.
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (isHeaderShaped(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  // 2. Drop repeated ones and page numbers; dropping (not blanking) mends paragraphs split by a page break.
  return lines.filter((line) => {
    if (!line) return true;
    if ((counts.get(line) ?? 0) >= REPEATED_LINE.minCount) return false;
    return !PAGE_NUMBER_RULES.some((r) => r.pattern.test(line));
  });
}

function isHeaderShaped(line: string): boolean {
  if (!line || line.length > REPEATED_LINE.maxChars || REPEATED_LINE.sentenceEnd.test(line)) return false;
  return /\p{L}/u.test(line) && line.split(' ').length <= REPEATED_LINE.maxWords;
}
