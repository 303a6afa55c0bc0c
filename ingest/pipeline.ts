// The ingest pipeline as a recipe: read -> extract -> resolve (-> load, in ingest-files.ts).
// Each file is read and extracted on its own, so one broken file is reported and skipped.
import type { Extraction } from '../model';
import { listInputFiles, readDocument } from './read';
import { extractDocument } from './extract';
import { resolveExtractions, type AliasRules, type GraphDuplicate, type MergeRecord } from './resolve';

/** A file that could not be read or extracted, and why. */
export interface FileFailure {
  file: string;
  reason: string;
}

export interface PipelineProgress {
  stage: 'read' | 'extract' | 'resolve' | 'load';
  done: number;
  total: number;
  file?: string;
}

export interface ExtractFilesOptions {
  /** Curated alias rules applied after automatic resolution. */
  aliasRules?: AliasRules;
  /**
   * Entities already in the graph: matching new ones take their ids. A function is asked once the
   * documents are read, with their metadata (to leave out what the documents about to be replaced made).
   */
  known?: Extraction | ((documents: Extraction['document'][]) => Promise<Extraction>);
  onProgress?: (progress: PipelineProgress) => void;
}

export interface ExtractFilesResult {
  extractions: Extraction[];
  failures: FileFailure[];
  merges: MergeRecord[];
  /** Existing graph nodes that resolution now joins (see GraphDuplicate). */
  graphDuplicates: GraphDuplicate[];
  files: number;
}

export interface ExtractEachResult {
  /** One extraction per file read, in the order of the files, not yet resolved across documents. */
  extractions: Extraction[];
  failures: FileFailure[];
  files: number;
}

/**
 * Reads and extracts every supported file under `paths` in this thread, each on its own: a bad file is a
 * failure. (`enlace ingest` reads on every core, each file within a budget: extract-in-parallel.ts.)
 * @example const { extractions, failures } = await extractEach(['seeds/']);
 */
export async function extractEach(
  paths: string[],
  onProgress?: (progress: PipelineProgress) => void,
): Promise<ExtractEachResult> {
  const { files, problems } = await listInputFiles(paths);
  const failures: FileFailure[] = problems.map((p) => ({ file: p.path, reason: p.reason }));
  const extractions: Extraction[] = [];
  for (const [index, file] of files.entries()) {
    onProgress?.({ stage: 'extract', done: index, total: files.length, file });
    try {
      const document = await readDocument(file);
      extractions.push(extractDocument(document));
    } catch (error) {
      failures.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  onProgress?.({ stage: 'extract', done: files.length, total: files.length });
  return { extractions, failures, files: files.length };
}

/**
 * Reads and extracts every supported file under `paths`, then resolves entities across them.
 *
 * @example
 *   const { extractions, failures } = await extractFiles(['seeds/']);
 */
export async function extractFiles(
  paths: string[],
  options: ExtractFilesOptions = {},
): Promise<ExtractFilesResult> {
  const { extractions: perDocument, failures, files } = await extractEach(paths, options.onProgress);
  options.onProgress?.({ stage: 'resolve', done: 0, total: 1 });
  const known =
    typeof options.known === 'function'
      ? await options.known(perDocument.map((extraction) => extraction.document))
      : options.known;
  const { extractions, merges, graphDuplicates } = resolveExtractions(perDocument, options.aliasRules, {
    known,
  });
  options.onProgress?.({ stage: 'resolve', done: 1, total: 1 });
  return { extractions, failures, merges, graphDuplicates, files };
}
