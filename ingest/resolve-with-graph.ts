// Resolution against the graph: the extractions of the documents already there (stored on their Document
// nodes) are resolved again together with the new ones, so ids and merges depend only on the set of
// documents, never on the order they arrived in. Only documents whose resolution changed are rewritten.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../model';
import {
  findEarlierVersions,
  readKnownEntities,
  readStoredDocuments,
  resolutionHash,
  storedText,
  type StoredDocument,
} from './load';
import {
  GRAPH_DOCUMENT_ID,
  resolveExtractions,
  type AliasRules,
  type GraphDuplicate,
  type MergeRecord,
} from './resolve';

export interface GraphResolution {
  /** For the loader: documents to write, resolved (new, forced, or whose resolution changed), then files
   *  already in the graph as read (the loader reports them unchanged). */
  toLoad: Extraction[];
  /** Documents already in the graph rewritten because what resolution makes of them changed. */
  reload: Set<string>;
  /** Those of them that are not among the files read. */
  reresolved: Set<string>;
  /** The earlier version of each edited file read (by the new document's id): the loader replaces it. */
  previous: Map<string, string>;
  /** The stored extraction and resolution hash of every document written. */
  documentProps: Map<string, Record<string, string>>;
  /** The resolved documents of the files read this time. */
  read: Extraction[];
  /** Every document resolution took part in, resolved: their entities' names and aliases as they now are. */
  resolved: Extraction[];
  merges: MergeRecord[];
  graphDuplicates: GraphDuplicate[];
  /** Documents loaded before extractions were stored: their entities take part as they are in the graph. */
  legacy: number;
}

interface Participant {
  input: Extraction;
  stored?: StoredDocument;
  /** A file read this time. */
  read: boolean;
}

/**
 * @example const plan = await resolveWithGraph(db.driver, db.database, extractions, { aliasRules, force });
 *          await loadExtractions(db.driver, plan.toLoad, { reload: plan.reload, documentProps: plan.documentProps });
 */
export async function resolveWithGraph(
  driver: Driver,
  database: string | undefined,
  fresh: readonly Extraction[],
  options: {
    aliasRules?: AliasRules;
    force?: boolean;
    /** Ids of documents of this run that earlier chunks loaded: they count as read, not re-resolved. */
    readEarlier?: ReadonlySet<string>;
    /** Contents (sha256) read by earlier chunks: another copy is a duplicate, as in one pass. */
    seenEarlier?: ReadonlySet<string>;
  },
): Promise<GraphResolution> {
  const stored = await readStoredDocuments(driver, database);
  const bySha = new Map(stored.map((doc) => [doc.sha256, doc]));
  const byId = new Map(stored.map((doc) => [doc.id, doc]));
  const replaced = new Set<string>();
  const participants: Participant[] = [];
  const skipped: { extraction: Extraction; counterpart?: string }[] = [];
  const counterparts = new Set<string>();
  const seen = new Set<string>(options.seenEarlier);
  const readEarlier = options.readEarlier ?? new Set<string>();
  // An edited file's earlier version takes no part: its facts are about to go, and resolving with them
  // would keep the old names as aliases, or the old document as one to rewrite.
  const previous = findEarlierVersions(
    fresh.map((e) => e.document),
    stored,
    options.seenEarlier,
  );
  for (const old of previous.values()) replaced.add(old);
  for (const extraction of fresh) {
    const { sha256, id } = extraction.document;
    const same = bySha.get(sha256);
    if (seen.has(sha256) || (same && !options.force)) {
      // Already in the graph (or twice in this input): the loader says so; the stored copy takes part.
      skipped.push({ extraction, counterpart: same?.id });
      if (same) counterparts.add(same.id);
      continue;
    }
    seen.add(sha256);
    for (const old of [same, byId.get(id)]) if (old) replaced.add(old.id);
    participants.push({ input: extraction, read: true });
  }
  const kept = stored.filter((doc) => !replaced.has(doc.id));
  for (const doc of kept)
    if (doc.extraction)
      participants.push({
        input: doc.extraction,
        stored: doc,
        read: counterparts.has(doc.id) || readEarlier.has(doc.id),
      });
  const legacy = kept.filter((doc) => !doc.extraction);
  // Entities only re-resolved documents stand for are left out of `known`: those documents bring them back.
  const known = legacy.length
    ? await readKnownEntities(driver, database, GRAPH_DOCUMENT_ID, [
        ...replaced,
        ...kept.filter((doc) => doc.extraction).map((doc) => doc.id),
      ])
    : undefined;
  const resolved = resolveExtractions(
    participants.map((p) => p.input),
    options.aliasRules,
    { known },
  );
  const toLoad: Extraction[] = [];
  const reload = new Set<string>();
  const reresolved = new Set<string>();
  const documentProps = new Map<string, Record<string, string>>();
  resolved.extractions.forEach((extraction, i) => {
    const { input, stored: before, read } = participants[i]!;
    const hash = resolutionHash(extraction);
    if (before && before.resolution === hash) return;
    if (before) reload.add(before.id);
    if (before && !read) reresolved.add(before.id);
    toLoad.push(extraction);
    documentProps.set(extraction.document.id, { extraction: storedText(input), resolution: hash });
  });
  // A file whose stored copy is rewritten is reported with it, not a second time as unchanged.
  const unchanged = skipped.filter((s) => !s.counterpart || !reload.has(s.counterpart));
  return {
    toLoad: [...toLoad, ...unchanged.map((s) => s.extraction)],
    reload,
    previous,
    reresolved,
    documentProps,
    read: resolved.extractions.filter((_, i) => participants[i]!.read),
    resolved: resolved.extractions,
    merges: resolved.merges,
    graphDuplicates: resolved.graphDuplicates,
    legacy: legacy.length,
  };
}
