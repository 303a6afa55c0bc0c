// The database boundary's named errors: callers (CLI, HTTP middleware, tests) branch on the class, not the text.
import { Neo4jError } from 'neo4j-driver';

/** Base class of every error raised by server/db. `code` is Neo4j's status code when there is one. */
export class DatabaseError extends Error {
  readonly code: string | undefined;
  constructor(message: string, options: { cause?: unknown; code?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }
}

/** A configuration variable is missing or malformed; the message names the variable. */
export class DatabaseConfigError extends DatabaseError {}

/** The database cannot be reached (not running, wrong URI, wrong credentials, connection lost). */
export class DatabaseUnavailableError extends DatabaseError {}

/** The query itself is wrong: syntax, unknown procedure, bad parameter, constraint violation. */
export class QueryError extends DatabaseError {}

/** A write was attempted through a read-only path (access mode READ). */
export class ReadOnlyViolationError extends QueryError {}

/** The query ran past its time limit and was terminated. */
export class QueryTimeoutError extends QueryError {}

/** The query needed more memory than one transaction may take (db.memory.transaction.max). */
export class QueryMemoryError extends QueryError {}

/** The embedded database could not be started: Java or Maven missing, build failed, JVM died. */
export class EmbeddedStartError extends DatabaseError {}

/** The Bolt port is already in use by another program. */
export class PortTakenError extends EmbeddedStartError {}

/** Another process already has this store open; two processes never open the same store. */
export class StoreInUseError extends EmbeddedStartError {}

/** Translates a neo4j-driver error (or anything thrown while talking to Neo4j) into the hierarchy above. */
export function translateDriverError(error: unknown, context = 'query'): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error, code };
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code?.startsWith('Neo.ClientError.Security.')
  ) {
    return new DatabaseUnavailableError(`Neo4j is not reachable (${context}): ${message}`, options);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ReadOnlyViolationError(`Writes are not allowed here: ${message}`, options);
  }
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError(`The ${context} ran out of time and was stopped: ${message}`, options);
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new QueryMemoryError(
      `The ${context} needed more memory than a transaction may use: ${message}`,
      options,
    );
  }
  if (code?.startsWith('Neo.ClientError.')) return new QueryError(message, options);
  return new DatabaseError(`Neo4j failed the ${context}: ${message}`, options);
}
