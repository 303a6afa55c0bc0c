// Runs an extractor over documents on a pool of worker threads (or in this thread, the baseline), measuring
// time and memory. Results stream back per batch and are handed to a callback, so memory stays flat.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  BenchDocument,
  DocumentResult,
  WorkerConfig,
  WorkerReply,
  WorkerRequest,
} from './extract-protocol';
import { extractOne, loadExtractor } from './extract-protocol';

export interface RunOptions {
  /** Path or URL of a module exporting `extract(buffer, file)` (see ExtractorModule). */
  extractor: string | URL;
  /** Send back each document's trimmed extraction (for scoring), not only its counts. */
  keep?: boolean;
  /** Called with every document's result, in completion order. */
  onResult?: (result: DocumentResult) => void;
  /** Stop handing out documents after this many seconds of extraction (the rest are skipped). */
  timeLimitSeconds?: number;
}

export interface PoolOptions extends RunOptions {
  /** Number of workers (default: os.availableParallelism()). */
  threads?: number;
  /** Documents per message (default 20). */
  batchSize?: number;
}

export interface RssSample {
  /** Documents done when sampled. */
  done: number;
  rss: number;
}

export interface RunReport {
  /** Documents extracted (failed ones included). */
  documents: number;
  failed: number;
  /** First failure messages (at most 5), each naming its file. */
  errors: string[];
  nodes: number;
  relationships: number;
  /** Seconds spent starting workers and loading the extractor (not in `seconds`). */
  startupSeconds: number;
  /** Seconds from the first document handed out to the last result received. */
  seconds: number;
  /** CPU seconds of the whole process (every thread) over the same span: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Peak resident set size of the whole process (all threads), sampled. */
  peakRss: number;
  /** RSS when extraction started, at half the documents, and at the end. */
  rssStart: number;
  rssMiddle: number;
  rssEnd: number;
  /** Peak V8 heap used by any one worker (0 in-process). */
  workerHeapPeak: number;
  /** True when the time limit stopped the run before every document was handed out. */
  stoppedEarly: boolean;
}

/** A module path as a file: URL string (plain paths are resolved from the working directory). */
export function moduleUrl(module: string | URL): string {
  if (module instanceof URL) return module.href;
  return /^[a-z]+:/i.test(module) ? module : pathToFileURL(module).href;
}

// tsx must be registered inside each worker: on Node 20, `execArgv: ['--import', 'tsx']` does not reach
// a worker's module loader, so a .ts worker entry fails with ERR_UNKNOWN_FILE_EXTENSION. The worker
// starts from this small script, which registers tsx's loader and then imports the TypeScript entry.
const WORKER_URL = new URL('./extract-worker.ts', import.meta.url).href;
const TSX_API_URL = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API_URL)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

interface Tally {
  report: RunReport;
  onResult?: (result: DocumentResult) => void;
}

function newReport(): RunReport {
  const rss = process.memoryUsage.rss();
  return {
    documents: 0,
    failed: 0,
    errors: [],
    nodes: 0,
    relationships: 0,
    startupSeconds: 0,
    seconds: 0,
    cpuSeconds: 0,
    peakRss: rss,
    rssStart: rss,
    rssMiddle: rss,
    rssEnd: rss,
    workerHeapPeak: 0,
    stoppedEarly: false,
  };
}

function count(tally: Tally, result: DocumentResult, half: number): void {
  const r = tally.report;
  r.documents++;
  r.nodes += result.nodes;
  r.relationships += result.relationships;
  if (result.error) {
    r.failed++;
    if (r.errors.length < 5) r.errors.push(result.error);
  }
  if (r.documents === half) {
    r.rssMiddle = process.memoryUsage.rss();
    r.peakRss = Math.max(r.peakRss, r.rssMiddle);
  }
  tally.onResult?.(result);
}

/**
 * Extracts `docs` on `threads` worker threads, each loading `extractor` once.
 * @example await extractWithPool(docs, { extractor: 'bench/extract-pipeline.ts', threads: 2 })
 */
export async function extractWithPool(
  docs: readonly BenchDocument[],
  options: PoolOptions,
): Promise<RunReport> {
  const threads = options.threads ?? availableParallelism();
  const batchSize = options.batchSize ?? 20;
  if (!Number.isInteger(threads) || threads < 1)
    throw new Error(`bench pool: threads must be >= 1, got ${threads}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`bench pool: batchSize must be >= 1, got ${batchSize}`);
  const tally: Tally = { report: newReport(), onResult: options.onResult };
  const report = tally.report;
  const half = Math.ceil(docs.length / 2);
  const config: WorkerConfig = { extractorUrl: moduleUrl(options.extractor), keep: options.keep ?? false };
  const startup = performance.now();
  const workers = Array.from(
    { length: threads },
    () => new Worker(BOOTSTRAP, { eval: true, workerData: config }),
  );
  const sampler = setInterval(() => {
    report.peakRss = Math.max(report.peakRss, process.memoryUsage.rss());
  }, 50);
  try {
    await Promise.all(workers.map((w) => waitReady(w, report)));
    report.startupSeconds = (performance.now() - startup) / 1000;
    report.rssStart = process.memoryUsage.rss();
    report.peakRss = Math.max(report.peakRss, report.rssStart);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const limitMs = (options.timeLimitSeconds ?? Infinity) * 1000;
    let next = 0;
    let nextId = 0;
    // Each worker keeps two batches: one running, one waiting, so it never idles on the round trip.
    const take = (): WorkerRequest | null => {
      if (next >= docs.length) return null;
      if (performance.now() - start > limitMs) {
        report.stoppedEarly = true;
        return null;
      }
      const batch = docs.slice(next, next + batchSize).map((d) => ({ file: d.file, text: d.text }));
      next += batch.length;
      return { type: 'batch', id: nextId++, docs: batch };
    };
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = (): void => {
              const request = take();
              if (!request) return;
              inFlight++;
              worker.postMessage(request);
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.type !== 'done') return;
              inFlight--;
              report.workerHeapPeak = Math.max(report.workerHeapPeak, reply.heapUsed);
              for (const result of reply.results) count(tally, result, half);
              send();
              if (inFlight === 0) resolve();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (inFlight > 0)
                reject(new Error(`bench pool: a worker exited with code ${code} during extraction`));
            });
            send();
            send();
            if (inFlight === 0) resolve();
          }),
      ),
    );
    report.seconds = (performance.now() - start) / 1000;
    report.cpuSeconds = cpuSecondsSince(cpu);
    report.rssEnd = process.memoryUsage.rss();
    report.peakRss = Math.max(report.peakRss, report.rssEnd);
    return report;
  } finally {
    clearInterval(sampler);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function waitReady(worker: Worker, report: RunReport): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply): void => {
      if (reply.type !== 'ready') return;
      report.workerHeapPeak = Math.max(report.workerHeapPeak, reply.heapUsed);
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

/** The baseline: the same extractor, one document after another, in this thread. */
export async function extractInProcess(
  docs: readonly BenchDocument[],
  options: RunOptions,
): Promise<RunReport> {
  const tally: Tally = { report: newReport(), onResult: options.onResult };
  const report = tally.report;
  const half = Math.ceil(docs.length / 2);
  const startup = performance.now();
  const extractor = await loadExtractor(moduleUrl(options.extractor));
  report.startupSeconds = (performance.now() - startup) / 1000;
  report.rssStart = process.memoryUsage.rss();
  report.peakRss = Math.max(report.peakRss, report.rssStart);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const limitMs = (options.timeLimitSeconds ?? Infinity) * 1000;
  for (let i = 0; i < docs.length; i++) {
    // The event loop is busy here, so RSS is sampled inline every few documents.
    if (i % 20 === 0) {
      report.peakRss = Math.max(report.peakRss, process.memoryUsage.rss());
      if (performance.now() - start > limitMs) {
        report.stoppedEarly = true;
        break;
      }
    }
    count(tally, await extractOne(extractor, docs[i]!, options.keep ?? false), half);
  }
  report.seconds = (performance.now() - start) / 1000;
  report.cpuSeconds = cpuSecondsSince(cpu);
  report.rssEnd = process.memoryUsage.rss();
  report.peakRss = Math.max(report.peakRss, report.rssEnd);
  return report;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
