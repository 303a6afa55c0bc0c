// The format registry: which reader handles which file extension.
import { extname } from 'node:path';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { readText } from './text';
import type { FormatReader } from './types';

export type { DeclaredMetadata, FormatReader, RawText } from './types';

/** Supported extensions (lower case, with the dot). Markdown is read as text: converted .txt carry it too. */
export const FORMAT_READERS: Readonly<Record<string, FormatReader>> = {
  '.txt': readText,
  '.md': readText,
  '.markdown': readText,
  '.html': readHtml,
  '.htm': readHtml,
  '.docx': readDocx,
  '.pdf': readPdf,
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_READERS);

/** The reader for a file name, or undefined for an unsupported extension. */
export function readerFor(file: string): FormatReader | undefined {
  return FORMAT_READERS[extname(file).toLowerCase()];
}
