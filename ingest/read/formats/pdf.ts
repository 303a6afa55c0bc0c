// PDF (.pdf): the text layer, text items joined into lines by their y position and lines into paragraphs.
import { ReadError } from '../errors';
import type { FormatReader } from './types';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  items: Item[];
}

// Items whose baselines differ by less than this share of the font height are on one line.
const SAME_LINE = 0.5;
// A gap between lines this many times the usual line spacing starts a new paragraph. The usual
// spacing is the page's tightest gap, capped for pages whose lines are all paragraphs.
const PARAGRAPH_GAP = 1.4;
const MAX_LINE_SPACING = 1.35;
// Fewer visible characters than this in the whole file means there is no text layer.
const MIN_TEXT_CHARS = 20;

export const readPdf: FormatReader = async (buffer, file) => {
  // 1. Cheap structural checks give clearer reasons than the parser's.
  const head = buffer.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw new ReadError(file, 'corrupt', 'not a PDF file (no %PDF- header)');
  if (!buffer.subarray(-1024).toString('latin1').includes('%%EOF')) {
    throw new ReadError(file, 'truncated', 'the PDF is truncated (it ends before its %%EOF marker)');
  }
  // 2. Parse with pdf.js (loaded only when a PDF is read: it is large).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(buffer),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw pdfError(file, error);
    });
    // 3. Each page's items to lines, lines to paragraphs.
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent().catch((error: unknown) => {
        throw pdfError(file, error, n);
      });
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [, , , , x = 0, y = 0] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, height: it.height || 1 });
      }
      pages.push(pageText(items));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join('\n\n');
    // 4. A scan has pages but no text layer.
    if (text.replace(/\s+/g, '').length < MIN_TEXT_CHARS) {
      throw new ReadError(
        file,
        'no-text-layer',
        `the PDF has no text layer (${doc.numPages} page(s), probably scanned images): run OCR on it first`,
      );
    }
    return { text, meta: {}, markdown: false, wrapped: true };
  } finally {
    await task.destroy();
  }
};

function pdfError(file: string, error: unknown, page?: number): ReadError {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const why = error instanceof Error ? error.message : String(error);
  const where = page ? ` (page ${page})` : '';
  if (name === 'PasswordException') {
    return new ReadError(file, 'encrypted', 'the PDF is password-protected', { cause: error });
  }
  return new ReadError(file, 'corrupt', `the PDF is damaged${where}: ${why}`, { cause: error });
}

/** Lines top to bottom, a blank line where the vertical gap is clearly larger than the usual one. */
function pageText(items: Item[]): string {
  const lines = groupLines(items);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  const positive = gaps.filter((g) => g > 0);
  const height = median(lines.map((l) => l.height)) ?? 0;
  const usual = positive.length ? Math.min(Math.min(...positive), height * MAX_LINE_SPACING) : 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const gap = gaps[i - 1];
    if (i > 0 && gap !== undefined && usual > 0 && gap > usual * PARAGRAPH_GAP) out.push('');
    out.push(lineText(line));
  });
  return out.join('\n').trim();
}

function groupLines(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) < Math.max(last.height, item.height) * SAME_LINE) {
      last.items.push(item);
    } else {
      lines.push({ y: item.y, height: item.height, items: [item] });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Joins a line's items, adding a space where items are apart and neither brings its own. */
function lineText(line: Line): string {
  let text = '';
  let end = -Infinity;
  for (const item of line.items) {
    const apart = item.x - end > item.height * 0.15;
    if (text && apart && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.trim();
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
