// How Neo4j says it can no longer write its store (a full disk, a failed write to a log or an index):
// after that it refuses every transaction until restarted, so callers stop at the first sign and say
// what to do, instead of failing each document or request alike.

/** Codes of a database that failed to write, or refuses transactions since it did. */
const STORE_FAILURE_CODES = new Set([
  'Neo.DatabaseError.Transaction.TransactionLogError',
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
  'Neo.DatabaseError.General.StorageDamageDetected',
]);

/** Words of the same, whatever the code (some reach the client as Neo.DatabaseError.General.UnknownError). */
const STORE_FAILURE_TEXT =
  /No space left on device|critical error, and needs to be restarted|Could not append transaction|UnderlyingStorageException|Disk full/i;

/**
 * @example isStoreFailure({ code: 'Neo.DatabaseError.Transaction.TransactionLogError', message: '…' }) // true
 */
export function isStoreFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && STORE_FAILURE_CODES.has(code)) return true;
  return STORE_FAILURE_TEXT.test(error instanceof Error ? error.message : String(error));
}
