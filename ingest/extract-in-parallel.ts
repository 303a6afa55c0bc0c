// Reading and extraction on every core: a few guarded workers (see guarded-extract.ts) take the files in
// turn, each within its budget, and every outcome is handed on as soon as it is ready, in the order the
// files finish, so that loading can start while the rest are still being read.
import { availableParallelism } from 'node:os';
import type { Extraction } from '../model';
import type { ExtractorPool } from './extractor-pool';
import { GuardedExtractor, type FileBudget } from './guarded-extract';

export interface ParallelOptions {
  /** Worker threads (default: the cores available, at least 1). */
  workers?: number;
  budget: FileBudget;
  /** Asked before each file is handed out: true stops handing out (the files already started finish). */
  stopped?: () => boolean;
  /** Workers to take and hand back (default: workers of this run alone, ended when it is over). */
  pool?: ExtractorPool;
}

export type FileOutcome = { file: string; index: number } & ({ extraction: Extraction } | { reason: string });

/** The default number of extraction workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Reads and extracts `files`, calling `onOutcome` for each as it finishes (never throwing for a bad file).
 * @example await extractInParallel(files, { budget: FILE_BUDGET }, (o) => console.log(o.file));
 */
export async function extractInParallel(
  files: readonly string[],
  options: ParallelOptions,
  onOutcome: (outcome: FileOutcome) => void,
): Promise<void> {
  const count = Math.min(files.length, Math.max(1, options.workers ?? defaultWorkers()));
  let next = 0;
  const run = async (extractor: GuardedExtractor): Promise<void> => {
    try {
      while (next < files.length && !options.stopped?.()) {
        const index = next++;
        const file = files[index]!;
        onOutcome({ file, index, ...(await extractor.extract(file)) });
      }
    } finally {
      if (options.pool) options.pool.give(extractor);
      else await extractor.stop();
    }
  };
  const take = () => options.pool?.take(options.budget) ?? new GuardedExtractor(options.budget);
  await Promise.all(Array.from({ length: count }, () => run(take())));
}
