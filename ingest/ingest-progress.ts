// Progress of an ingest whose stages overlap: files extracted so far, and documents loaded so far (a chunk
// under way counts in proportion to what its load has done), each reported against the number of files.
import type { PipelineProgress } from './pipeline';

export interface IngestProgress {
  /** A file was read and extracted (`ok`) or skipped: a skipped file has nothing left to load. */
  extracted(file: string, ok: boolean): void;
  /** The chunk of `size` documents being loaded is `share` (0-1) done. */
  loading(size: number, share: number): void;
  loaded(size: number): void;
}

export function ingestProgress(total: number, report?: (progress: PipelineProgress) => void): IngestProgress {
  let extracted = 0;
  let loaded = 0;
  let skipped = 0;
  report?.({ stage: 'extract', done: 0, total });
  return {
    extracted(file, ok) {
      extracted++;
      if (!ok) skipped++;
      report?.({ stage: 'extract', done: extracted, total, file });
    },
    loading(size, share) {
      report?.({ stage: 'load', done: skipped + loaded + Math.floor(size * Math.min(1, share)), total });
    },
    loaded(size) {
      loaded += size;
      report?.({ stage: 'load', done: skipped + loaded, total });
    },
  };
}
