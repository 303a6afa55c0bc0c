// The whole ingest: read -> extract -> resolve -> load, with per-file failures collected, not thrown.
import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../cypher/named-queries';
import type { Extraction } from '../model';
import { findExistingIds, loadExtractions, updateEntities, type LoadSummary } from './load';
import type { FileFailure, PipelineProgress } from './pipeline';
import { listInputFiles } from './read';
import type { AliasRules, GraphDuplicate } from './resolve';
import { resolveWithGraph } from './resolve-with-graph';
import { FILE_BUDGET, type FileBudget } from './guarded-extract';
import { extractInParallel } from './extract-in-parallel';
import type { ExtractorPool } from './extractor-pool';
import { ChunkedLoader } from './load-in-chunks';
import { IngestRun } from './ingest-run';
import { ingestProgress } from './ingest-progress';

export interface IngestOptions {
  database?: string;
  aliasRules?: AliasRules;
  /** Reload documents already in the graph (after improving extraction or aliases). */
  force?: boolean;
  onProgress?: (progress: PipelineProgress) => void;
  /**
   * Runs the part that reads and writes the graph (resolution against the stored documents, the load of one
   * chunk) so that no other writer runs meanwhile: the database's write lock (see
   * cli/ingest-with-curations.ts). Reading and extracting the files, the slow part, goes on outside it.
   */
  serialise?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Time and memory one file may take to read and extract before it is reported and skipped. */
  fileBudget?: FileBudget;
  /** Extraction worker threads (default: one per core). */
  workers?: number;
  /** Workers kept between ingests (a server's), instead of starting new ones for this ingest alone. */
  extractors?: ExtractorPool;
  /** Load chunks while extracting (default true); false extracts every file first, then loads once. */
  loadWhileExtracting?: boolean;
  /** Documents the first chunk waits for (default 50). */
  firstChunk?: number;
  /** Documents each later chunk waits for (default 5,000; what is left loads when the last file is read). */
  chunk?: number;
}

/** Nodes and relationships in the whole graph at one moment. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export interface IngestSummary {
  files: number;
  /** Files that could not be read, extracted or written, with the reason. */
  failures: FileFailure[];
  load: LoadSummary;
  /** Distinct entities and fact relationships in what was read, by label and by type. */
  entities: Record<string, number>;
  relations: Record<string, number>;
  merges: number;
  /** Documents already in the graph, not among the files read, rewritten because their resolution changed. */
  reresolved: number;
  /** Documents loaded before extractions were stored, whose entities were taken as they are. */
  legacy: number;
  /**
   * Entities that resolution (a curated merge or rename added since) now takes for one, but that are still
   * separate nodes in the graph after this ingest: reloading their documents with `force` joins them.
   */
  separateInGraph: GraphDuplicate[];
  /**
   * The graph before and after: `after - before` is the net change, which a reload that replaces nodes can
   * make negative (Neo4j's created counters alone would only ever grow).
   */
  graph: { before: GraphCounts; after: GraphCounts };
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function distinctEntities(extractions: Extraction[]) {
  const byId = new Map<string, string>();
  for (const e of extractions) for (const node of e.nodes) byId.set(node.id, node.label);
  return countBy(byId.values(), (label) => label);
}

/**
 * Ingests files and folders into the graph; never throws for a bad file. Files are read and extracted on
 * every core, and loaded in chunks while the rest are still being extracted (see load-in-chunks.ts).
 *
 * @example const summary = await ingestFiles(db.driver, ['releases/'], { database: db.database });
 */
export async function ingestFiles(
  driver: Driver,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { files, problems } = await listInputFiles(paths);
  const failures: FileFailure[] = problems.map((p) => ({ file: p.path, reason: p.reason }));
  const serialise = options.serialise ?? ((work) => work());
  const before = await countGraph(driver, options.database);
  const run = new IngestRun();
  const progress = ingestProgress(files.length, options.onProgress);
  const loader = new ChunkedLoader(
    (chunk) =>
      serialise(async () => {
        const plan = await resolveWithGraph(driver, options.database, chunk, {
          aliasRules: options.aliasRules,
          force: options.force,
          readEarlier: run.readIds,
          seenEarlier: run.shas,
        });
        const load = await loadExtractions(driver, plan.toLoad, {
          database: options.database,
          force: options.force,
          reload: plan.reload,
          previous: plan.previous,
          replaceAliases: true,
          documentProps: plan.documentProps,
          onProgress: (p) => progress.loading(chunk.length, p.total ? p.done / p.total : 1),
        });
        const updated = await updateEntities(driver, options.database, plan.resolved);
        if (load.loaded + load.reloaded + updated > 0) await bumpGraphVersion(driver, options.database);
        run.add(chunk, plan, load);
        progress.loaded(chunk.length);
      }),
    { firstChunk: options.firstChunk, chunk: options.chunk, single: options.loadWhileExtracting === false },
  );
  await extractInParallel(
    files,
    {
      workers: options.workers,
      pool: options.extractors,
      budget: options.fileBudget ?? FILE_BUDGET,
      stopped: () => loader.failed,
    },
    (outcome) => {
      progress.extracted(outcome.file, 'extraction' in outcome);
      if ('extraction' in outcome) loader.add(outcome.extraction);
      else failures.push({ file: outcome.file, reason: outcome.reason });
    },
  );
  await loader.finish();
  return summarise(driver, options.database, { files: files.length, failures, run, before });
}

async function summarise(
  driver: Driver,
  database: string | undefined,
  {
    files,
    failures,
    run,
    before,
  }: { files: number; failures: FileFailure[]; run: IngestRun; before: GraphCounts },
): Promise<IngestSummary> {
  const { merges, graphDuplicates, legacy } = run.plan;
  const load = run.summary();
  const separateInGraph = await stillSeparate(driver, database, graphDuplicates);
  const loadFailures = load.documents
    .filter((d) => d.status === 'failed')
    .map((d) => ({ file: d.file, reason: d.reason ?? 'could not be written' }));
  const read = run.read;
  return {
    files,
    failures: [...failures, ...loadFailures],
    load,
    entities: distinctEntities(read),
    relations: countBy(
      read.flatMap((e) => e.relationships),
      (r) => r.type,
    ),
    merges: merges.length,
    reresolved: run.reresolvedCount,
    legacy,
    separateInGraph,
    graph: { before, after: await countGraph(driver, database) },
  };
}

/** The duplicates whose other nodes are still in the graph (a forced reload of their documents removes them). */
async function stillSeparate(
  driver: Driver,
  database: string | undefined,
  duplicates: GraphDuplicate[],
): Promise<GraphDuplicate[]> {
  const left: GraphDuplicate[] = [];
  for (const duplicate of duplicates) {
    const present = await findExistingIds(
      driver,
      database,
      duplicate.label,
      duplicate.others.map((other) => other.id),
    );
    const others = duplicate.others.filter((other) => present.has(other.id));
    if (others.length) left.push({ ...duplicate, others });
  }
  return left;
}

/** Counts every node and relationship (constant time: Neo4j's count store answers). */
async function countGraph(driver: Driver, database: string | undefined): Promise<GraphCounts> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        // The write lock's node is bookkeeping, there only while an ingest runs: not counted.
        'CALL { MATCH (n) RETURN count(n) AS all } CALL { MATCH (l:EnlaceLock) RETURN count(l) AS locks } ' +
          'CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN all - locks AS nodes, relationships',
      ),
    );
    const record = result.records[0];
    return {
      nodes: Number(record?.get('nodes') ?? 0),
      relationships: Number(record?.get('relationships') ?? 0),
    };
  } finally {
    await session.close();
  }
}

/** Tells caches (analytics, layouts) that the graph changed. */
async function bumpGraphVersion(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(namedQuery('bump-graph-version')));
  } finally {
    await session.close();
  }
}
