// Step 2 of the load, as a pure function: which documents are written (new, or reloaded over what they
// replace) and which are skipped (already in the graph, or repeated in this load). The graph's answer
// (findExistingDocuments) comes in as data, so every case is a row of a unit test.
import { isAbsolute } from 'node:path';
import type { DocumentInfo } from '../../model';

/** What planning reads of a document: its identity and its origin. */
export type PlannedDocument = Pick<DocumentInfo, 'id' | 'file' | 'sha256' | 'url' | 'source'>;

/** A Document already in the graph. */
export type ExistingDocument = Pick<DocumentInfo, 'id' | 'sha256' | 'url' | 'source'>;

export interface PlannedWrite {
  /** Position in the input. */
  index: number;
  /** Ids of documents whose contributions are removed in the same transaction as the write. */
  remove: string[];
  status: 'loaded' | 'reloaded';
  /** The earlier version of the same document (same origin, other content) that this one replaces. */
  previous?: string;
  reason?: string;
}

export interface PlannedSkip {
  index: number;
  reason: string;
}

export interface WritePlan {
  writes: PlannedWrite[];
  skipped: PlannedSkip[];
}

export interface PlanOptions {
  /** Rewrite documents whose sha256 is already in the graph. */
  force?: boolean;
  /** Ids of documents in the graph to rewrite all the same (their resolution changed). */
  reload?: ReadonlySet<string>;
  /** The earlier version of documents of this load, by id, when the caller has found them already (see
   *  findEarlierVersions); else they are found among `existing`. */
  previous?: ReadonlyMap<string, string>;
}

/**
 * What makes two contents one document: the url it declares, else the absolute path it was read from
 * (readDocument records it: a path relative to where the command ran would tell a second run from
 * another folder apart, and confuse two folders' 'releases/a.txt'). A relative source (a document loaded
 * before sources were absolute, bytes named by their file name) names no one file: no origin, so it is
 * never taken for another document.
 * @example documentOrigin({ url: null, source: '/home/ana/releases/a.txt' }) // 'file:/home/ana/releases/a.txt'
 */
export function documentOrigin(document: Pick<DocumentInfo, 'url' | 'source'>): string | null {
  if (document.url) return `url:${document.url}`;
  if (document.source && isAbsolute(document.source)) return `file:${document.source}`;
  return null;
}

/**
 * For each new content of a load (a sha256 the graph lacks), the one document in the graph it is a new
 * version of: same origin, content not read in this load. Only a one-to-one match counts: when two
 * contents of the load claim one origin (two files declaring the same url), or the graph holds two
 * documents of it, none is replaced, so that two different files are never taken for one another.
 * @param readEarlier sha256 of files read by earlier loads of the same ingest (chunks): theirs are files
 *   of this ingest, never an earlier version.
 * @example findEarlierVersions([edited], [stored]).get(edited.id) // stored.id
 */
export function findEarlierVersions(
  load: readonly PlannedDocument[],
  existing: readonly ExistingDocument[],
  readEarlier: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const inGraph = new Set(existing.map((doc) => doc.sha256));
  const ofLoad = new Set([...readEarlier, ...load.map((doc) => doc.sha256)]);
  const claims = new Map<string, Map<string, string>>(); // origin -> sha256 -> id
  for (const doc of load) {
    const origin = documentOrigin(doc);
    if (origin === null || inGraph.has(doc.sha256)) continue;
    const byContent = claims.get(origin) ?? new Map<string, string>();
    claims.set(origin, byContent.set(doc.sha256, doc.id));
  }
  const earlier = new Map<string, string[]>();
  for (const doc of existing) {
    const origin = documentOrigin(doc);
    if (origin === null || ofLoad.has(doc.sha256) || !claims.has(origin)) continue;
    earlier.set(origin, [...(earlier.get(origin) ?? []), doc.id]);
  }
  const found = new Map<string, string>();
  for (const [origin, byContent] of claims) {
    const old = earlier.get(origin) ?? [];
    if (byContent.size === 1 && old.length === 1) found.set([...byContent.values()][0]!, old[0]!);
  }
  return found;
}

/**
 * Plans the writes of a load. `documents` are the valid ones, by their position in the input.
 * - a content or id already seen in this load: skipped, 'same document as <file> in this load';
 * - a sha256 already in the graph: skipped as 'unchanged', unless `force` or in `reload`: then reloaded;
 * - an edited file (an earlier version in the graph, findEarlierVersions): reloaded over that version;
 * - anything else: loaded.
 * @example planWrites([{ index: 0, document }], []).writes // [{ index: 0, remove: [], status: 'loaded' }]
 */
export function planWrites(
  documents: readonly { index: number; document: PlannedDocument }[],
  existing: readonly ExistingDocument[],
  options: PlanOptions = {},
): WritePlan {
  const bySha = new Map(existing.map((doc) => [doc.sha256, doc.id]));
  const byId = new Set(existing.map((doc) => doc.id));
  const previous =
    options.previous ??
    findEarlierVersions(
      documents.map((d) => d.document),
      existing,
    );
  const writes: PlannedWrite[] = [];
  const skipped: PlannedSkip[] = [];
  const seen = new Map<string, string>();
  for (const { index, document } of documents) {
    const earlier = seen.get(document.sha256) ?? seen.get(`id:${document.id}`);
    if (earlier) {
      skipped.push({ index, reason: `same document as ${earlier} in this load` });
      continue;
    }
    seen.set(document.sha256, document.file).set(`id:${document.id}`, document.file);
    const sameContent = bySha.get(document.sha256);
    if (sameContent !== undefined && !options.force && !options.reload?.has(document.id)) {
      skipped.push({ index, reason: 'already loaded (same sha256)' });
      continue;
    }
    const sameId = byId.has(document.id) ? document.id : undefined;
    const older = sameContent === undefined ? previous.get(document.id) : undefined;
    const remove = [...new Set([sameContent, sameId, older].filter((id): id is string => id !== undefined))];
    const write: PlannedWrite = { index, remove, status: remove.length ? 'reloaded' : 'loaded' };
    if (older !== undefined)
      Object.assign(write, { previous: older, reason: `content changed since last load (was ${older})` });
    writes.push(write);
  }
  return { writes, skipped };
}
