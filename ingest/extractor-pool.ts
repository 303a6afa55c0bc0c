// Extraction workers kept from one ingest to the next. A worker costs one to two seconds of CPU to start
// (the taggers, the gazetteer), which a server taking upload after upload would otherwise pay at every
// ingest. Idle workers hold no file and do not keep the process alive; `close` ends them.
import { FILE_BUDGET, GuardedExtractor, type FileBudget } from './guarded-extract';

const sameBudget = (a: FileBudget, b: FileBudget): boolean =>
  a.timeMs === b.timeMs && a.memoryMb === b.memoryMb;

export class ExtractorPool {
  private readonly idle: GuardedExtractor[] = [];

  /** An idle worker with this budget, or a new one (started on its first file). */
  take(budget: FileBudget = FILE_BUDGET): GuardedExtractor {
    const at = this.idle.findIndex((extractor) => sameBudget(extractor.budget, budget));
    return at >= 0 ? this.idle.splice(at, 1)[0]! : new GuardedExtractor(budget);
  }

  /** Hands a worker back once its run is over, for the next ingest. */
  give(extractor: GuardedExtractor): void {
    this.idle.push(extractor);
  }

  /** Ends every idle worker. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((extractor) => extractor.stop()));
  }
}
