// The loader's errors: invalid rows found before writing, and a document whose transaction failed.

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
