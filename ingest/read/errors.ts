// The typed error every reader throws for a file it cannot turn into a document.

/** Why a file could not be read; tests and the CLI switch on this, never on the wording. */
export type ReadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unsupported-extension'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'noise'
  | 'no-text'
  | 'no-text-layer'
  | 'corrupt'
  | 'truncated'
  | 'encrypted';

/**
 * A file that cannot be read as a document.
 * @example new ReadError('a.pdf', 'truncated', 'the PDF ends before its end-of-file marker')
 * // message: "ingest/read: a.pdf: the PDF ends before its end-of-file marker"
 */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  /** The file as given (path or upload name). */
  readonly file: string;
  readonly reason: ReadErrorCode;
  /** The human reason without the module and file prefix. */
  readonly detail: string;

  constructor(file: string, reason: ReadErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`ingest/read: ${file}: ${detail}`, options);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
  }
}

/** True for a ReadError (callers such as the CLI report these per file and go on). */
export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError;
}
