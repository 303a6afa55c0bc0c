// Step 3: text to trimmed lines with single spaces; blank lines ('') keep paragraph breaks.

export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
}
