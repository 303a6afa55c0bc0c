// The whole ingest: read -> extract -> resolve -> load, with per-file failures collected, not thrown.
import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../cypher/named-queries';
import type { Extraction } from '../model';
import {
  findExistingIds,
  loadExtractions,
  readKnownEntities,
  replacedDocuments,
  type LoadSummary,
} from './load';
import { extractFiles, type FileFailure, type PipelineProgress } from './pipeline';
import { GRAPH_DOCUMENT_ID, type AliasRules, type GraphDuplicate } from './resolve';

export interface IngestOptions {
  database?: string;
  aliasRules?: AliasRules;
  /** Reload documents already in the graph (after improving extraction or aliases). */
  force?: boolean;
  onProgress?: (progress: PipelineProgress) => void;
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
 * Ingests files and folders into the graph; never throws for a bad file.
 *
 * @example const summary = await ingestFiles(db.driver, ['releases/'], { database: db.database });
 */
export async function ingestFiles(
  driver: Driver,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const before = await countGraph(driver, options.database);
  const extracted = await extractFiles(paths, {
    aliasRules: options.aliasRules,
    // Entities only the documents about to be replaced stand for are resolved afresh with them, so a
    // forced reload of the same documents keeps their ids (instead of numbering them "-2" beside the
    // nodes it is about to delete).
    known: async (documents) =>
      readKnownEntities(
        driver,
        options.database,
        GRAPH_DOCUMENT_ID,
        await replacedDocuments(driver, options.database, documents, options.force ?? false),
      ),
    onProgress: options.onProgress,
  });
  const load = await loadExtractions(driver, extracted.extractions, {
    database: options.database,
    force: options.force,
    onProgress: (p) => options.onProgress?.({ stage: 'load', done: p.done, total: p.total }),
  });
  if (load.loaded + load.reloaded > 0) await bumpGraphVersion(driver, options.database);
  const separateInGraph = await stillSeparate(driver, options.database, extracted.graphDuplicates);
  const loadFailures = load.documents
    .filter((d) => d.status === 'failed')
    .map((d) => ({ file: d.file, reason: d.reason ?? 'could not be written' }));
  return {
    files: extracted.files,
    failures: [...extracted.failures, ...loadFailures],
    load,
    entities: distinctEntities(extracted.extractions),
    relations: countBy(
      extracted.extractions.flatMap((e) => e.relationships),
      (r) => r.type,
    ),
    merges: extracted.merges.length,
    separateInGraph,
    graph: { before, after: await countGraph(driver, options.database) },
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
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
          'RETURN nodes, relationships',
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
