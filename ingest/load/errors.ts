// The loader's errors: invalid rows found before writing, a document whose transaction failed, and a
// database fault that stops the whole load.
import { isStoreFailure } from '../../model';

/** One problem in one extraction, located by document file and field path. */
export interface LoadIssue {
  file: string;
  documentId: string;
  /** E.g. "relationships[3].to" or "nodes[0].label". */
  field: string;
  message: string;
}

export function formatIssue(issue: LoadIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Rows that cannot be written; nothing of these documents was written. */
export class LoadValidationError extends Error {
  readonly issues: LoadIssue[];
  constructor(issues: LoadIssue[]) {
    super(`ingest/load: ${issues.length} invalid row(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'LoadValidationError';
    this.issues = issues;
  }
}

/** A transaction failed: the graph is as it was before for the documents named. */
export class LoadWriteError extends Error {
  readonly files: string[];
  constructor(files: string[], cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`ingest/load: writing ${files.join(', ')} failed and was rolled back: ${reason}`, { cause });
    this.name = 'LoadWriteError';
    this.files = files;
  }
}

/** Driver errors that mean the database is gone (stopped, crashed, unreachable), not that a document is bad. */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  )
    return true;
  const message = error instanceof Error ? error.message : String(error);
  return /ECONNREFUSED|ECONNRESET|EPIPE|Connection was closed|connection.*(lost|closed)/i.test(message);
}

/** Why a load stopped before its end: the database went away, or it can no longer write its store. */
export type LoadStop = 'connection-lost' | 'store-failed';

/** The reason a failed write stops the whole load (every document would fail alike), or null. */
export function loadStop(error: unknown): LoadStop | null {
  if (isConnectionLoss(error)) return 'connection-lost';
  if (isStoreFailure(error)) return 'store-failed';
  return null;
}

const STOP_MESSAGES: Record<LoadStop, (progress: string, reason: string) => string> = {
  'connection-lost': (progress, reason) =>
    `ingest/load: the database stopped answering during the load, ${progress} (${reason}). What was ` +
    'written stays in the graph; start the database again and run the same ingest: documents already ' +
    'loaded are skipped.',
  'store-failed': (progress, reason) =>
    `ingest/load: Neo4j could not write to its store during the load, ${progress} (${reason}). Most ` +
    'often the disk that holds the database is full: free space there (the embedded database lives in ' +
    'ENLACE_DATA_DIR), restart the database, which refuses every write until then, and run the same ' +
    'ingest: documents already loaded are skipped.',
};

/**
 * The load stopped at once (retrying each document would take hours, or fail each one alike), saying
 * what was written and how to go on.
 */
export class LoadInterruptedError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    cause: unknown,
    readonly stop: LoadStop = 'connection-lost',
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(STOP_MESSAGES[stop](`after ${written} of ${total} documents were written`, reason), { cause });
    this.name = 'LoadInterruptedError';
  }
}
