// The extractor the benchmark measures by default: the real reader and extractor, bytes to Extraction.
import type { Extraction } from '../model';
import { readBuffer } from '../ingest/read';
import { extractDocument } from '../ingest/extract';

export async function extract(buffer: Buffer, file: string): Promise<Extraction> {
  return extractDocument(await readBuffer(buffer, file));
}
