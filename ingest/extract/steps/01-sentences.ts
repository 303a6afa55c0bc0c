// Step 1: split the clean text into sentences with offsets. Paragraphs and headline lines end a
// sentence; hard-wrapped prose lines are joined; ". " ends one unless an abbreviation precedes it.
import type { Sentence } from '../types';
import { ABBREVIATIONS } from '../lexicons';
import { fold } from '../text';
import { endsRelease } from './release-end';

function isCapsLine(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Should this line break be read as a space (a hard wrap) rather than a sentence end? */
function joins(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p || !n) return false;
  if (isCapsLine(p) && isCapsLine(n)) return true;
  if (/[.!?:;"”»)]$/.test(p)) return false;
  if (/^[-·•*]/.test(n)) return false;
  if (/^\p{Ll}/u.test(n)) return true;
  return p.length > 40 && /[\p{Ll},]$/u.test(p);
}

/** "Ing. Agr. César": a short capitalised abbreviation right after a courtesy title is its second part. */
function titleSecondPart(chunk: string, at: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{1,4}\.$/u.test(word)) return false;
  const before = /(\S+)\s+\S+$/.exec(chunk.slice(Math.max(0, at - 24), at + 1))?.[1] ?? '';
  return ABBREVIATIONS.has(fold(before));
}

/** Sentences of `text`, trimmed, each with its start and end offsets. */
export function splitSentences(text: string): Omit<Sentence, 'tokStart' | 'tokEnd' | 'index'>[] {
  const out: Omit<Sentence, 'tokStart' | 'tokEnd' | 'index'>[] = [];
  // 1. lines -> blocks (paragraphs with hard wraps joined), stopping at an end-of-release mark
  const lines: { start: number; text: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, text: line });
    pos += line.length + 1;
  }
  const blocks: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  let prevText = '';
  for (const line of lines) {
    // an end mark, or the heading of what follows the release ("About X", contacts, an annex)
    if (endsRelease(line.text, blocks.length + (cur ? 1 : 0) >= 2)) break;
    // the contact block closing a press release (a lone URL, e-mail addresses) ends the text
    if (
      line.start > text.length / 2 &&
      (/^https?:\/\/\S+$/.test(line.text.trim()) || /\S+@\S+\.\w+/.test(line.text))
    )
      break;
    if (!line.text.trim()) {
      if (cur) blocks.push(cur);
      cur = null;
      prevText = '';
      continue;
    }
    if (cur && joins(prevText, line.text)) cur.end = line.start + line.text.length;
    else {
      if (cur) blocks.push(cur);
      cur = { start: line.start, end: line.start + line.text.length };
    }
    prevText = line.text;
  }
  if (cur) blocks.push(cur);
  // 2. blocks -> sentences at ". " followed by a capital, unless an abbreviation or initial precedes
  for (const b of blocks) {
    const chunk = text.slice(b.start, b.end);
    let s = 0;
    const re = /([.!?…]+["”»’)]?)\s+(?=["“«¿¡(]?[\p{Lu}\d])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk))) {
      const before = chunk.slice(Math.max(0, m.index - 12), m.index + 1);
      const word = /(\S+)$/.exec(before)?.[1] ?? '';
      if (
        m[1] === '.' &&
        (ABBREVIATIONS.has(fold(word)) ||
          /^(\p{Lu}\.)+$/u.test(word) ||
          /^\p{Lu}\.$/u.test(word) ||
          titleSecondPart(chunk, m.index, word))
      )
        continue;
      push(b.start + s, b.start + m.index + (m[1]?.length ?? 1));
      s = m.index + m[0].length;
    }
    push(b.start + s, b.end);
  }
  function push(start: number, end: number) {
    let a = start;
    let z = end;
    while (a < z && /[\s\-·•*>#]/.test(text[a] ?? '')) a++;
    while (z > a && /\s/.test(text[z - 1] ?? '')) z--;
    if (z - a < 2) return;
    const t = text.slice(a, z);
    out.push({
      start: a,
      end: z,
      text: t,
      caps: isCapsLine(t) && (t.split(/\s+/).length >= 3 || t.replace(/[^\p{L}]/gu, '').length >= 8),
    });
  }
  return out;
}
