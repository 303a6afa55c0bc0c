// Reading one file into a SourceDocument: limits, format, cleaning, checks, metadata, identity.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { SourceDocument } from '../../model/extraction';
import { assertProse } from './check-text';
import { cleanText } from './clean';
import { composeParagraphs } from './compose';
import { READ_DEFAULTS } from './defaults';
import type { ReadOptions } from './defaults';
import { ReadError } from './errors';
import { readerFor, SUPPORTED_EXTENSIONS } from './formats';
import { readMetadata } from './metadata';
import { normalizeDeclared } from './normalize-declared';

/**
 * Reads a file (txt, md, html, docx, pdf) into a SourceDocument; throws a ReadError for a broken file.
 * @example const doc = await readDocument('seeds/001_75600427a4a33002.txt'); doc.date // '2014-05-09'
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  // 1. Cheap refusals before any byte is read: missing, a folder, wrong extension, too large.
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new ReadError(path, 'not-a-file', 'not a regular file (a folder? pass it to listInputFiles)');
    size = info.size;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(
      path,
      'not-found',
      `cannot open the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      {
        cause: error,
      },
    );
  }
  assertSupported(path);
  assertSize(size, path, options);
  // 2. The bytes, then the shared path. `source` is the absolute path: the path as given is relative to
  //    wherever the command ran ('releases/a.txt'), so the same file read from another folder, or two
  //    folders' 'releases/a.txt', would be told apart, or confused, by it. The absolute path is what the
  //    loader recognises an edited file by (ingest/load/plan-writes.ts).
  return readBuffer(await readFile(path), path, { ...options, source: options.source ?? resolve(path) });
}

/**
 * Reads bytes already in memory (an upload, a test fixture); `file` names it and gives the format.
 * @example await readBuffer(Buffer.from('FIRMAN CONVENIO\n\nEl IMSS firmó.'), 'a.txt')
 */
export async function readBuffer(
  buffer: Buffer,
  file: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  // 1. Limits and format.
  const reader = assertSupported(file);
  assertSize(buffer.length, file, options);
  // 2. Format-specific text and declared metadata.
  const raw = await reader(buffer, file);
  if (!raw.text.trim())
    throw new ReadError(file, 'empty', 'the file has no text (only whitespace or markup)');
  // 3. Clean paragraphs; refuse what is left empty or is not prose.
  const paragraphs = cleanText(raw.text, raw);
  if (!paragraphs.length)
    throw new ReadError(file, 'no-text', 'no text is left once markup and debris are removed');
  assertProse(paragraphs, file);
  // 4. Metadata, then the final text with the headline first.
  const declared = normalizeDeclared(raw.meta);
  const meta = readMetadata(paragraphs, declared, options.lang);
  const text = composeParagraphs(paragraphs, meta, declared).join('\n\n');
  // 5. Identity: the hash of the original bytes, so re-reading the same file gives the same id.
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  return {
    id: `doc:${sha256.slice(0, 16)}`,
    file: basename(file),
    title: meta.title,
    date: meta.date,
    lang: meta.lang,
    source: options.source ?? file,
    sha256,
    text,
    author: meta.author,
    location: meta.location,
    url: declared.url ?? null,
    publisher: declared.publisher ?? null,
  };
}

function assertSupported(file: string): NonNullable<ReturnType<typeof readerFor>> {
  const reader = readerFor(file);
  if (!reader) {
    const ext = extname(file) || '(none)';
    throw new ReadError(
      file,
      'unsupported-extension',
      `unsupported file type ${ext} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`,
    );
  }
  return reader;
}

function assertSize(size: number, file: string, options: ReadOptions): void {
  if (size === 0) throw new ReadError(file, 'empty', 'the file is empty (0 bytes)');
  const max = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  if (size > max) {
    throw new ReadError(
      file,
      'too-large',
      `the file is too large (${megabytes(size)} MB; the limit is ${megabytes(max)} MB)`,
    );
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
