// Reading and extraction with a budget per file: each file is read and extracted in a worker thread, which
// is stopped when the file takes longer than its time or needs more than its memory. The file is reported
// with the reason and skipped, and the next one goes on in a fresh worker: one hostile file never stalls
// a folder, nor brings the process down.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../model';

export interface FileBudget {
  /** Most milliseconds one file may take to read and extract. */
  timeMs: number;
  /** Most megabytes of heap the extraction of one file may use. */
  memoryMb: number;
}

export const FILE_BUDGET: FileBudget = { timeMs: 120_000, memoryMb: 2_048 };

export type GuardedOutcome = { extraction: Extraction } | { reason: string };

// tsx's loader does not reach a worker started from TypeScript on Node 20: the worker registers it first.
// Resolved when a worker starts, not when this module loads (import.meta.resolve at load time changed how
// the test runner loads the modules that import this one).
function bootstrap(): string {
  const worker = new URL('./guarded-worker.ts', import.meta.url).href;
  // tsx's ES module entry ("import" condition of tsx/esm/api), found from its package folder.
  const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
}

type Reply = { ready: true } | { file: string; extraction: Extraction } | { file: string; error: string };

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** One worker at a time; replaced after a file that broke its budget. */
export class GuardedExtractor {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  constructor(readonly budget: FileBudget = FILE_BUDGET) {}

  private start(): Promise<void> {
    this.worker = new Worker(bootstrap(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
    });
    this.worker.unref();
    const worker = this.worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if ('ready' in reply) {
          worker.off('error', reject);
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Reads and extracts `file` within the budget. */
  async extract(file: string): Promise<GuardedOutcome> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    return new Promise<GuardedOutcome>((resolve) => {
      const done = (outcome: GuardedOutcome, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (broken) void this.stop();
        resolve(outcome);
      };
      const onMessage = (reply: Reply) => {
        if (!('file' in reply) || reply.file !== file) return;
        done('error' in reply ? { reason: reply.error } : { extraction: reply.extraction }, false);
      };
      const onError = (error: Error & { code?: string }) =>
        done(
          {
            reason:
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `needed more than ${this.budget.memoryMb} MB to read and extract: skipped ` +
                  '(ENLACE_FILE_MEMORY_LIMIT sets the limit, in MB)'
                : `could not be read: ${error.message}`,
          },
          true,
        );
      const onExit = () => done({ reason: 'could not be read: the reader stopped' }, true);
      const timer = setTimeout(
        () =>
          done(
            {
              reason:
                `took longer than ${seconds(this.budget.timeMs)} to read and extract: skipped ` +
                '(ENLACE_FILE_TIME_LIMIT sets the limit, in seconds)',
            },
            true,
          ),
        this.budget.timeMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(file);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }
}
