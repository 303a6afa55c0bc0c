// The graph writer: validated extractions -> Neo4j, batched and idempotent, one transaction per document group.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../model';
import {
  MERGE_DOCUMENTS,
  REMOVE_DOCUMENT_ENTITIES,
  REMOVE_DOCUMENT_FACTS,
  REMOVE_DOCUMENT_NODE,
  mergeEntities,
  mergeFacts,
} from './cypher';
import type { LoadIssue } from './errors';
import { findExistingDocuments } from './existing-documents';
import { LoadInterruptedError, LoadWriteError, formatIssue, loadStop } from './errors';
import { planWrites, type PlannedWrite } from './plan-writes';
import type { EntityRow, FactRow, GroupRows } from './rows';
import { buildRows, mentionCount, rowCount } from './rows';
import { validateExtraction } from './validate';

export interface LoadOptions {
  /** Database name (undefined: the server's default). */
  database?: string;
  /** Rows per UNWIND statement (default 10,000; 5k-20k measured fastest). */
  batchSize?: number;
  /** Documents per transaction (default 1,000; the row limit usually ends a group first). Few, large
   *  transactions, since a statement costs the server about the same whatever its rows: 2,000 releases
   *  loaded in 8.8 s, against 15.8 s at 25 documents a transaction. A failing group is retried one
   *  document at a time, so a failure only ever rolls back the document that caused it. */
  documentsPerTransaction?: number;
  /** A transaction takes no more documents once it holds this many rows (default 20,000). */
  rowsPerTransaction?: number;
  /** Reload documents whose sha256 is already in the graph (their old contributions are removed first). */
  force?: boolean;
  /** Ids of documents already in the graph to rewrite all the same (their resolution changed). */
  reload?: ReadonlySet<string>;
  /** The earlier version (same origin, other content) of edited documents, by id, when the caller found
   *  them (resolveWithGraph, which leaves those versions out of resolution); else the loader finds them. */
  previous?: ReadonlyMap<string, string>;
  /** Set entity aliases to the rows' lists instead of adding to them (rows resolved with the whole graph). */
  replaceAliases?: boolean;
  /** Properties added to Document nodes, by document id. */
  documentProps?: ReadonlyMap<string, Record<string, string>>;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  /** Documents finished (written, skipped or failed) so far. */
  done: number;
  total: number;
  /** Nodes and relationships created by the transactions committed so far. */
  nodesCreated: number;
  relationshipsCreated: number;
}

export type DocumentLoadStatus = 'loaded' | 'reloaded' | 'unchanged' | 'failed';

export interface DocumentLoadResult {
  id: string;
  file: string;
  status: DocumentLoadStatus;
  /** Why it failed, was skipped or reloaded, naming the file and field. */
  reason?: string;
  /** The earlier version of the document this one replaced, reloaded because its content changed. */
  previous?: string;
  /** Validation problems, when that is why it failed. */
  issues?: LoadIssue[];
  /** Entity nodes and fact relationships the document contributes. */
  nodes: number;
  relationships: number;
}

export interface LoadSummary {
  /** One entry per input extraction, in input order. */
  documents: DocumentLoadResult[];
  loaded: number;
  reloaded: number;
  /** Of the reloaded, those that replaced an earlier version of themselves (the file was edited). */
  changed: number;
  unchanged: number;
  failed: number;
  /** Neo4j's own counters, summed over every committed transaction. */
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  seconds: number;
}

interface WriteItem extends PlannedWrite {
  extraction: Extraction;
}

type Counters = Pick<
  LoadSummary,
  'nodesCreated' | 'nodesDeleted' | 'relationshipsCreated' | 'relationshipsDeleted' | 'propertiesSet'
>;

const DEFAULTS = { batchSize: 10_000, documentsPerTransaction: 1_000, rowsPerTransaction: 20_000 };

/**
 * Loads extractions (ids already resolved across documents) into the graph. Documents whose sha256 is
 * already there are reported `unchanged` (unless `force`); an edited file (its url or path is that of a
 * document in the graph, its content is not) replaces that document, `reloaded`; invalid ones are reported `failed` with the
 * file and field, before anything is written; the others are written in batched transactions.
 * @example const summary = await loadExtractions(db.driver, extractions, { database: db.database });
 *          if (summary.failed) process.exitCode = 1;
 */
export async function loadExtractions(
  driver: Driver,
  extractions: readonly Extraction[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const settings = { ...DEFAULTS, ...withoutUndefined(options) };
  const results: DocumentLoadResult[] = extractions.map((extraction) => ({
    id: String(extraction.document?.id ?? ''),
    file: String(extraction.document?.file ?? '(unknown file)'),
    status: 'loaded',
    nodes: extraction.nodes?.length ?? 0,
    relationships: extraction.relationships?.length ?? 0,
  }));
  const counters: Counters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  let done = 0;
  const report = (count: number): void => {
    done += count;
    options.onProgress?.({
      done,
      total: extractions.length,
      nodesCreated: counters.nodesCreated,
      relationshipsCreated: counters.relationshipsCreated,
    });
  };

  // 1. Validate every row before writing anything.
  const valid: number[] = [];
  extractions.forEach((extraction, index) => {
    const issues = validateExtraction(extraction);
    if (issues.length === 0) valid.push(index);
    else
      Object.assign(results[index]!, {
        status: 'failed',
        issues,
        reason: issues.map(formatIssue).join('; '),
      });
  });

  // 2. Skip documents already in the graph (or repeated in this input); plan removals for reloads and
  //    for edited files, whose earlier version is replaced (plan-writes.ts).
  const existing = await findExistingDocuments(
    driver,
    options.database,
    valid.map((i) => extractions[i]!),
  );
  const plan = planWrites(
    valid.map((index) => ({ index, document: extractions[index]!.document })),
    existing,
    { force: options.force, reload: options.reload, previous: options.previous },
  );
  for (const { index, reason } of plan.skipped)
    Object.assign(results[index]!, { status: 'unchanged', reason });
  const items: WriteItem[] = plan.writes.map((write) => ({
    ...write,
    extraction: extractions[write.index]!,
  }));
  report(extractions.length - items.length);

  // 3. Write, a group of documents per transaction; a failed group is retried document by document. The
  //    next group's rows are built while the server works on the current one.
  const groups = packGroups(items, settings.documentsPerTransaction, settings.rowsPerTransaction);
  const props = options.documentProps;
  const write: WriteSettings = {
    database: options.database,
    batchSize: settings.batchSize,
    documentProps: props,
    replaceAliases: options.replaceAliases ?? false,
  };
  let nextRows = prebuildRows(groups[0], props);
  let written = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const writing = writeGroup(driver, group, write, nextRows).then(
      (added) => ({ added, error: undefined }),
      (error: unknown) => ({ added: undefined, error }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    nextRows = prebuildRows(groups[g + 1], props);
    const outcome = await writing;
    // A database that is gone, or that can no longer write (a full disk), fails every document alike:
    // stop at once, saying so once, instead of retrying and failing each.
    const stop = outcome.added ? null : loadStop(outcome.error);
    if (stop) throw new LoadInterruptedError(written, items.length, outcome.error, stop);
    if (outcome.added) {
      addCounters(counters, outcome.added);
      for (const item of group) succeeded(results[item.index]!, item);
      written += group.length;
    } else if (group.length === 1) markFailed(results[group[0]!.index]!, group, outcome.error);
    else
      for (const item of group) {
        try {
          addCounters(counters, await writeGroup(driver, [item], write));
          succeeded(results[item.index]!, item);
          written++;
        } catch (single) {
          const singleStop = loadStop(single);
          if (singleStop) throw new LoadInterruptedError(written, items.length, single, singleStop);
          markFailed(results[item.index]!, [item], single);
        }
      }
    report(group.length);
  }

  const count = (status: DocumentLoadStatus): number => results.filter((r) => r.status === status).length;
  return {
    documents: results,
    loaded: count('loaded'),
    reloaded: count('reloaded'),
    changed: results.filter((r) => r.status === 'reloaded' && r.previous !== undefined).length,
    unchanged: count('unchanged'),
    failed: count('failed'),
    ...counters,
    seconds: (Date.now() - started) / 1000,
  };
}

/** A group's rows built ahead of time; undefined (built again inside the write, failing there) if it throws. */
function prebuildRows(
  group: WriteItem[] | undefined,
  documentProps: LoadOptions['documentProps'],
): GroupRows | undefined {
  if (!group) return undefined;
  try {
    return buildRows(
      group.map((item) => item.extraction),
      documentProps,
    );
  } catch {
    return undefined;
  }
}

function succeeded(result: DocumentLoadResult, item: WriteItem): void {
  result.status = item.status;
  if (item.previous !== undefined) Object.assign(result, { previous: item.previous, reason: item.reason });
}

function markFailed(result: DocumentLoadResult, group: WriteItem[], error: unknown): void {
  const files = group.map((item) => item.extraction.document.file);
  Object.assign(result, { status: 'failed', reason: new LoadWriteError(files, error).message });
}

/** Consecutive documents, at most `maxDocuments` and (past the first) `maxRows` rows per group. */
function packGroups(items: WriteItem[], maxDocuments: number, maxRows: number): WriteItem[][] {
  const groups: WriteItem[][] = [];
  let current: WriteItem[] = [];
  let rows = 0;
  for (const item of items) {
    const size = rowCount(item.extraction);
    if (current.length > 0 && (current.length >= maxDocuments || rows + size > maxRows)) {
      groups.push(current);
      current = [];
      rows = 0;
    }
    current.push(item);
    rows += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One UNWIND statement of a group: its text, its rows, the count it must return, and what to call it. */
interface Statement {
  query: string;
  rows: unknown[];
  expected: number;
  what: string;
}

/** Every statement of a group, in order: documents, entities with their mentions (need both), then facts. */
function groupStatements(rows: GroupRows, batchSize: number, replaceAliases: boolean): Statement[] {
  const statements: Statement[] = [];
  const add = <T>(
    query: (batch: T[]) => string,
    list: T[],
    what: string,
    expected: (batch: T[]) => number = (batch) => batch.length,
  ): void => {
    for (let start = 0; start < list.length; start += batchSize) {
      const batch = list.slice(start, start + batchSize);
      statements.push({ query: query(batch), rows: batch, expected: expected(batch), what });
    }
  };
  add(() => MERGE_DOCUMENTS, rows.documents, 'Document rows');
  for (const [label, list] of rows.entities)
    add(
      (batch: EntityRow[]) => mergeEntities(label, propertyKeys(batch), replaceAliases),
      list,
      `MENTIONED_IN edges from ${label}`,
      mentionCount,
    );
  for (const { type, fromLabel, toLabel, rows: list } of rows.facts)
    add(
      (batch: FactRow[]) => mergeFacts(type, propertyKeys(batch)),
      list,
      `${type} ${fromLabel}->${toLabel} rows`,
    );
  return statements;
}

/**
 * Writes one group in one transaction. The statements are pipelined (sent without waiting for the previous
 * one's answer; the server runs them in order), so the driver encodes the next batch while the server works
 * on the current one. Each statement's written-row count is checked before commit: a statement that wrote
 * fewer rows than it was given (an endpoint missing) throws, which rolls the whole transaction back.
 */
interface WriteSettings {
  database: string | undefined;
  batchSize: number;
  documentProps: LoadOptions['documentProps'];
  replaceAliases: boolean;
}

async function writeGroup(
  driver: Driver,
  group: WriteItem[],
  write: WriteSettings,
  prebuilt?: GroupRows,
): Promise<Counters> {
  const rows =
    prebuilt ??
    buildRows(
      group.map((item) => item.extraction),
      write.documentProps,
    );
  const statements = groupStatements(rows, write.batchSize, write.replaceAliases);
  const session = driver.session({ database: write.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters: Counters = {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      };
      const run = async (query: string, params: Record<string, unknown>): Promise<number> => {
        const result = await tx.run(query, params);
        addCounters(counters, result.summary.counters.updates());
        return toNumber(result.records[0]?.get('written'));
      };
      const docs = group.flatMap((item) => item.remove);
      if (docs.length)
        for (const query of [REMOVE_DOCUMENT_FACTS, REMOVE_DOCUMENT_ENTITIES, REMOVE_DOCUMENT_NODE])
          await run(query, { docs });
      const written = await Promise.allSettled(statements.map((s) => run(s.query, { rows: s.rows })));
      const failed = written.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      written.forEach((outcome, i) => {
        const { expected, what } = statements[i]!;
        const count = (outcome as PromiseFulfilledResult<number>).value;
        if (count !== expected)
          throw new Error(`only ${count} of ${expected} ${what} were written (an endpoint node is missing)`);
      });
      return counters;
    });
  } finally {
    await session.close();
  }
}

/** The property names a batch sets, sorted so that equal sets give the same (cached) query text. */
function propertyKeys(batch: readonly { props: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const row of batch) for (const key of Object.keys(row.props)) keys.add(key);
  return [...keys].sort();
}

function addCounters(total: Counters, add: Partial<Counters>): void {
  for (const key of Object.keys(total) as (keyof Counters)[]) total[key] += Number(add[key] ?? 0);
}

/** Works whether or not the driver was created with disableLosslessIntegers. */
function toNumber(value: unknown): number {
  if (value && typeof value === 'object' && 'toNumber' in value)
    return (value as { toNumber(): number }).toNumber();
  return Number(value ?? 0);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
