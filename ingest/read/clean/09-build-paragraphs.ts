// Step 9: lines to paragraphs: hard-wrapped blocks joined, a headline broken over lines joined,
// a paragraph split by a page break mended; every other line stays its own paragraph.

export interface ParagraphOptions {
  /** Lines are visual lines (PDF): every block is one paragraph. */
  wrapped: boolean;
}

// A block reads as hard-wrapped when its lines (but the last) are all this long.
const WRAP_MIN = 40;
const WRAP_MAX = 100;
const SENTENCE_END = /[.!?:;"]$/;

export function buildParagraphs(lines: string[], options: ParagraphOptions): string[] {
  const paragraphs: string[] = [];
  for (const block of blocksOf(lines)) {
    if (options.wrapped || isHardWrapped(block)) paragraphs.push(joinWrapped(block));
    else paragraphs.push(...joinCapitalRuns(block));
  }
  return mendPageBreaks(paragraphs)
    .map((p) => p.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean);
}

function blocksOf(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Lines of similar width, most not ending a sentence, some continuing in lower case: a wrapped paragraph. */
function isHardWrapped(block: string[]): boolean {
  if (block.length < 2) return false;
  const body = block.slice(0, -1);
  if (body.some((l) => l.length < WRAP_MIN || l.length > WRAP_MAX)) return false;
  const open = body.filter((l) => !SENTENCE_END.test(l)).length;
  const continued = block.slice(1).some((l) => /^\p{Ll}/u.test(l));
  return open * 2 >= body.length && continued;
}

// Tests on the end of a growing paragraph look at its last characters only: a `$`-anchored pattern is
// tried from every position of the text, which made joining a long block cost the square of its length.
const tail = (text: string) => text.slice(-4);

function joinWrapped(block: string[]): string {
  const parts: string[] = [block[0] ?? ''];
  for (const line of block.slice(1)) {
    // "coopera-" + "ción" is one word broken at the margin.
    const last = parts[parts.length - 1]!;
    if (/\p{Ll}-$/u.test(tail(last)) && /^\p{Ll}/u.test(line))
      parts[parts.length - 1] = last.slice(0, -1) + line;
    else parts.push(line);
  }
  return parts.join(' ');
}

/** Consecutive lines in capitals are one headline set over several lines. */
function joinCapitalRuns(block: string[]): string[] {
  const out: string[] = [];
  let previousCaps = false;
  for (const line of block) {
    const caps = isCapitals(line);
    if (caps && previousCaps) out[out.length - 1] += ' ' + line;
    else out.push(line);
    previousCaps = caps;
  }
  return out;
}

function isCapitals(line: string): boolean {
  // No lower-case letter first: the three capitals are then found without backtracking over a long line.
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 3 && !SENTENCE_END.test(line);
}

/** A paragraph that stops mid-sentence and a next one that starts in lower case are one paragraph. */
function mendPageBreaks(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last !== undefined && /[\p{Ll},]$/u.test(tail(last)) && /^\p{Ll}/u.test(p))
      out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
  }
  return out;
}
