// Messages between the extraction benchmark's pool and its workers, and the extractor-module contract they share.
import type { Extraction } from '../model';

/**
 * What a module passed to the pool exports: extraction of one file's bytes.
 * The default is ./extract-pipeline (readBuffer -> extractDocument); tests pass a stand-in.
 */
export interface ExtractorModule {
  extract(buffer: Buffer, file: string): Extraction | Promise<Extraction>;
}

/** One document to extract: its file name and text (the worker turns it into the bytes a reader sees). */
export interface BenchDocument {
  file: string;
  text: string;
}

/** What the scorer reads of an extraction: ids, labels, names and the relations between them. */
export interface ScoredExtraction {
  document: { file: string };
  nodes: { id: string; label: string; name: string; aliases: string[] }[];
  relationships: { type: string; from: string; to: string }[];
}

export interface DocumentResult {
  file: string;
  nodes: number;
  relationships: number;
  /** Set when extraction threw: the message, prefixed by the file. */
  error?: string;
  /** Only when the pool was asked to keep extractions (for scoring). */
  extraction?: ScoredExtraction;
}

export interface WorkerConfig {
  /** file: URL of the extractor module. */
  extractorUrl: string;
  /** Send back the (trimmed) extraction of every document, not only counts. */
  keep: boolean;
}

/** A batch to extract; the pool terminates its workers when done, so there is no stop message. */
export interface WorkerRequest {
  type: 'batch';
  id: number;
  docs: BenchDocument[];
}

export type WorkerReply =
  | { type: 'ready'; heapUsed: number }
  | { type: 'done'; id: number; results: DocumentResult[]; heapUsed: number };

/** Keeps what the scorer needs, so results stay small on their way back and in memory. */
export function trimExtraction(x: Extraction, file: string): ScoredExtraction {
  return {
    document: { file },
    nodes: x.nodes.map((n) => ({ id: n.id, label: n.label, name: n.name, aliases: n.aliases })),
    relationships: x.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to })),
  };
}

/** Extracts one document, catching its failure so that one bad document never stops a run. */
export async function extractOne(
  extractor: ExtractorModule,
  doc: BenchDocument,
  keep: boolean,
): Promise<DocumentResult> {
  try {
    const x = await extractor.extract(Buffer.from(doc.text, 'utf8'), doc.file);
    const result: DocumentResult = {
      file: doc.file,
      nodes: x.nodes.length,
      relationships: x.relationships.length,
    };
    if (keep) result.extraction = trimExtraction(x, doc.file);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file: doc.file, nodes: 0, relationships: 0, error: `${doc.file}: ${message}` };
  }
}

/** Loads an extractor module and checks that it has the expected export. */
export async function loadExtractor(url: string): Promise<ExtractorModule> {
  const mod = (await import(url)) as Partial<ExtractorModule>;
  if (typeof mod.extract !== 'function') {
    throw new Error(`bench: extractor module ${url} does not export a function "extract(buffer, file)"`);
  }
  return mod as ExtractorModule;
}
