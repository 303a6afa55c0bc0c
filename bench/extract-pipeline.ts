// The extractor the benchmark measures by default: the real reader and extractor, bytes to Extraction.
// The taggers load with the module, as in an ingest worker, so that start-up is not counted as extraction.
import type { Extraction } from '../model';
import { loadTaggers } from '../engine/nlp';
import { readBuffer } from '../ingest/read';
import { extractDocument } from '../ingest/extract';

loadTaggers();

export async function extract(buffer: Buffer, file: string): Promise<Extraction> {
  return extractDocument(await readBuffer(buffer, file));
}
