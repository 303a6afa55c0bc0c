// Safe file names for uploads: the client's name is only a hint. Folders, "..", control characters (NUL
// included) and characters file systems refuse are dropped, so a stored file always lands inside its job
// folder, and names are made unique within the job.
import { extname } from 'node:path';

/** Longest stored name in UTF-8 bytes (file systems allow 255). */
const MAX_NAME_BYTES = 180;

// Control characters (NUL included), and what Windows or shells make awkward: < > : " / \ | ? *
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function truncateBytes(value: string, maxBytes: number): string {
  let out = '';
  for (const char of value) {
    if (Buffer.byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * The last path segment of a client file name, cleaned: no folders, no control or reserved characters,
 * no leading dots (no hidden files, no ".."), at most 180 bytes with the extension kept. Never empty.
 * @example safeFileName('../../etc/pass\u0000wd.txt') // 'passwd.txt'
 * @example safeFileName('C:\\Users\\ana\\Informe final.pdf') // 'Informe final.pdf'
 */
export function safeFileName(clientName: string, fallback = 'upload'): string {
  const lastSegment = clientName.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) return fallback;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    const ext = extname(name);
    const keepExt = ext.length > 0 && Buffer.byteLength(ext) <= 16;
    const stem = keepExt ? name.slice(0, -ext.length) : name;
    name =
      truncateBytes(stem, MAX_NAME_BYTES - (keepExt ? Buffer.byteLength(ext) : 0)).trim() +
      (keepExt ? ext : '');
  }
  return name;
}

/**
 * Hands out names unique within one job (case-insensitively, for case-insensitive file systems):
 * "informe.pdf", then "informe-2.pdf".
 * @example const names = uniqueNames(); names.next('a.txt'); names.next('A.txt') // 'A-2.txt'
 */
export function uniqueNames(): { next(clientName: string): string } {
  const taken = new Set<string>();
  return {
    next(clientName) {
      const name = safeFileName(clientName, `upload-${taken.size + 1}`);
      const ext = extname(name);
      const stem = ext ? name.slice(0, -ext.length) : name;
      let candidate = name;
      for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
      taken.add(candidate.toLowerCase());
      return candidate;
    },
  };
}
