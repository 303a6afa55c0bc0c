// What one ingest did, gathered chunk by chunk (see load-in-chunks.ts) into the answer a single pass
// would give: each file read is reported once, with what its first load did to it (a document of this run
// rewritten by a later chunk, because later documents changed its resolution, is still "loaded").
import type { Extraction } from '../model';
import type { DocumentLoadResult, LoadSummary } from './load';
import type { GraphResolution } from './resolve-with-graph';

type Counter =
  'nodesCreated' | 'nodesDeleted' | 'relationshipsCreated' | 'relationshipsDeleted' | 'propertiesSet';
const COUNTERS: Counter[] = [
  'nodesCreated',
  'nodesDeleted',
  'relationshipsCreated',
  'relationshipsDeleted',
  'propertiesSet',
];

export class IngestRun {
  /** Documents of this run already in the graph (loaded or found unchanged by an earlier chunk). */
  readonly readIds = new Set<string>();
  /** Contents (sha256) of the files read so far: a later copy of one is a duplicate, as in one pass. */
  readonly shas = new Set<string>();
  private readonly results = new Map<string, DocumentLoadResult>();
  /** The latest resolution of each document of this run. */
  private readonly latest = new Map<string, Extraction>();
  private readonly reresolved = new Set<string>();
  private readonly counters = Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>;
  private seconds = 0;
  private lastPlan: GraphResolution | null = null;
  /** Documents written (loaded or reloaded) by the chunks so far. */
  written = 0;

  /** Records one chunk: `chunk` the documents it brought, `plan` and `load` what it did. */
  add(chunk: readonly Extraction[], plan: GraphResolution, load: LoadSummary): void {
    const ofRun = new Set(this.readIds);
    for (const { document } of chunk) {
      ofRun.add(document.id);
      this.shas.add(document.sha256);
    }
    for (const result of load.documents) {
      const key = result.id || result.file;
      if (!ofRun.has(result.id)) {
        if (result.status === 'reloaded' && plan.reresolved.has(result.id)) this.reresolved.add(result.id);
        continue;
      }
      if (!this.results.has(key)) this.results.set(key, result);
      if (result.status !== 'failed') this.readIds.add(result.id);
    }
    for (const extraction of plan.read) this.latest.set(extraction.document.id, extraction);
    for (const counter of COUNTERS) this.counters[counter] += load[counter];
    this.seconds += load.seconds;
    this.written += load.loaded + load.reloaded;
    this.lastPlan = plan;
  }

  /** The resolved documents of the files read, as the last chunk (which saw them all) resolved them. */
  get read(): Extraction[] {
    return [...this.latest.values()];
  }

  /** Resolution of the whole set, from the last chunk: merges, duplicates still in the graph, legacy. */
  get plan(): Pick<GraphResolution, 'merges' | 'graphDuplicates' | 'legacy'> {
    return this.lastPlan ?? { merges: [], graphDuplicates: [], legacy: 0 };
  }

  get reresolvedCount(): number {
    return this.reresolved.size;
  }

  summary(): LoadSummary {
    const documents = [...this.results.values()];
    const count = (status: DocumentLoadResult['status']) =>
      documents.filter((d) => d.status === status).length;
    return {
      documents,
      loaded: count('loaded'),
      reloaded: count('reloaded'),
      changed: documents.filter((d) => d.status === 'reloaded' && d.previous !== undefined).length,
      unchanged: count('unchanged'),
      failed: count('failed'),
      ...this.counters,
      seconds: this.seconds,
    };
  }
}
