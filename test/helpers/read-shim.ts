// Dev shim: builds a SourceDocument from a raw file until ingest/read lands (cleaning kept minimal).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { SourceDocument } from '../../model';

const MONTHS: Record<string, string> = {
  enero: '01',
  febrero: '02',
  marzo: '03',
  abril: '04',
  mayo: '05',
  junio: '06',
  julio: '07',
  agosto: '08',
  septiembre: '09',
  setiembre: '09',
  octubre: '10',
  noviembre: '11',
  diciembre: '12',
};

/** Reads one file into a SourceDocument (front matter, HTML tags, image debris and emphasis removed). */
export function readShim(path: string): SourceDocument {
  const raw = readFileSync(path, 'utf8');
  let text = raw;
  let title: string | null = null;
  let date: string | null = null;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    const t = /^title:\s*"?(.*?)"?\s*$/m.exec(fm[1] ?? '');
    if (t) title = t[1] ?? null;
    const d = /^date:\s*(\d{4}-\d{2}-\d{2})/m.exec(fm[1] ?? '');
    if (d) date = d[1] ?? null;
    text = text.slice(fm[0].length);
  }
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[image:[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*\*|\*\*/g, '')
    .replace(/(^|\s)_([^_\n]+)_/g, '$1$2')
    .replace(/^.*o0o.*$/gm, '')
    .replace(/\r/g, '');
  const lines = text.split('\n');
  if (!title) title = lines.find((l) => l.trim().length > 0)?.trim() ?? null;
  const dl = /(\d{1,2}) de (\w+) de(?:l)? (\d{4})/i.exec(text.slice(0, 600));
  if (!date && dl) {
    const m = MONTHS[(dl[2] ?? '').toLowerCase()];
    if (m) date = `${dl[3]}-${m}-${(dl[1] ?? '').padStart(2, '0')}`;
  }
  const english =
    (text.match(/\b(the|and|of|with)\b/g) ?? []).length > (text.match(/\b(el|la|de|y|con)\b/g) ?? []).length;
  const sha256 = createHash('sha256').update(raw).digest('hex');
  return {
    id: sha256.slice(0, 16),
    file: basename(path),
    title,
    date,
    lang: english ? 'en' : 'es',
    sha256,
    text,
  };
}
