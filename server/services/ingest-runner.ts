// What the API needs of the ingest pipeline, as a function the composition root provides (it binds the
// driver, the database and the curated aliases, and is where anything every ingest must also do is added).
// The server never imports ingest/ itself: these are the parts of `ingestFiles`'s answer it reads.

export interface IngestRunProgress {
  stage: 'read' | 'extract' | 'resolve' | 'load';
  done: number;
  total: number;
  file?: string;
}

export interface IngestRunOptions {
  /** Reload documents whose content is already in the graph. */
  force?: boolean;
  onProgress?: (progress: IngestRunProgress) => void;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export interface IngestOutcome {
  /** Files read. */
  files: number;
  /** Files that could not be read, extracted or written, by path as given, with the reason. */
  failures: { file: string; reason: string }[];
  /** One entry per document extracted, by file name (the path's last segment). */
  load: {
    documents: { file: string; status: 'loaded' | 'reloaded' | 'unchanged' | 'failed'; reason?: string }[];
  };
  graph: { before: GraphCounts; after: GraphCounts };
}

/**
 * `ingestFiles` without its driver: paths in, a summary out; a bad file is a failure in the answer, never
 * a throw.
 * @example const ingest: IngestRunner = (paths, options) => ingestFiles(driver, paths, { database, ...options });
 */
export type IngestRunner = (paths: string[], options?: IngestRunOptions) => Promise<IngestOutcome>;
