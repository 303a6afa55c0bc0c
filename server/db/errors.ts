// The database boundary's named errors: callers (CLI, HTTP middleware, tests) branch on the class, not the text.
import { Neo4jError } from 'neo4j-driver';
import { isStoreFailure } from '../../model';

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

/**
 * The database did not answer within the answer timeout (ENLACE_DB_TIMEOUT): a frozen or overloaded
 * process, or a network that drops packets. Waiting longer would wait for ever, so the request stops.
 */
export class DatabaseNotAnsweringError extends DatabaseUnavailableError {
  constructor(
    readonly timeoutMs: number,
    context: string,
    options: { cause?: unknown; code?: string } = {},
  ) {
    super(
      `The database did not answer within ${seconds(timeoutMs)} s (${context}): it is frozen, overloaded or ` +
        'cut off. Check it ("enlace db status"), restart it if it stays silent, and run the command again. ' +
        `ENLACE_DB_TIMEOUT sets how long to wait (now ${seconds(timeoutMs)} s).`,
      options,
    );
  }
}

/**
 * Neo4j failed to write its store (most often a full disk) and refuses every transaction until it is
 * restarted: not a fault of the request, and not one that passes by itself.
 */
export class DatabaseStoreError extends DatabaseUnavailableError {}

/**
 * The embedded database this command attached to was started by another command, which has ended and
 * stopped it: said with who that was, since a bare "connection refused" leaves the user guessing.
 */
export class AttachedDatabaseStoppedError extends DatabaseUnavailableError {}

/** The query itself is wrong: syntax, unknown procedure, bad parameter, constraint violation. */
export class QueryError extends DatabaseError {}

/** A write was attempted through a read-only path (access mode READ). */
export class ReadOnlyViolationError extends QueryError {}

/**
 * A read-only path refused a query before running it (a write, LOAD CSV, an administration command, a
 * procedure outside the allow-list); `refused` names what, e.g. "LOAD CSV".
 */
export class QueryRefusedError extends ReadOnlyViolationError {
  constructor(
    message: string,
    readonly refused: string,
  ) {
    super(message);
  }
}

/** The query ran past its time limit and was terminated. */
export class QueryTimeoutError extends QueryError {}

/** The query needed more memory than one transaction may use (db.memory.transaction.max) or the server had. */
export class QueryMemoryError extends QueryError {}

/** The embedded database could not be started: Java or Maven missing, build failed, JVM died. */
export class EmbeddedStartError extends DatabaseError {}

/** The Bolt port is already in use by another program. */
export class PortTakenError extends EmbeddedStartError {}

/** Another process already has this store open; two processes never open the same store. */
export class StoreInUseError extends EmbeddedStartError {}

/** Neo4j's codes for a transaction stopped by a memory limit (its own or the server's). */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** Translates a neo4j-driver error (or anything thrown while talking to Neo4j) into the hierarchy above. */
export function translateDriverError(error: unknown, context = 'query'): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error, code };
  // The driver's connection pool gave up waiting for a connection (or a handshake) to the server.
  const acquisition = /acquisition timed out in (\d+) ?ms/i.exec(message);
  if (acquisition) return new DatabaseNotAnsweringError(Number(acquisition[1]), context, options);
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code?.startsWith('Neo.ClientError.Security.')
  ) {
    return new DatabaseUnavailableError(`Neo4j is not reachable (${context}): ${message}`, options);
  }
  if (isStoreFailure(error)) {
    return new DatabaseStoreError(
      `Neo4j could not write to its store and refuses transactions until it is restarted (${context}): ` +
        `${message}. Most often the disk that holds the database is full: free space there, then restart ` +
        'the database.',
      options,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ReadOnlyViolationError(`Writes are not allowed here: ${message}`, options);
  }
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError(`The ${context} ran out of time and was stopped: ${message}`, options);
  }
  if (code !== undefined && MEMORY_CODES.has(code)) {
    return new QueryMemoryError(`The ${context} needed too much memory and was stopped: ${message}`, options);
  }
  if (code?.startsWith('Neo.ClientError.')) return new QueryError(message, options);
  return new DatabaseError(`Neo4j failed the ${context}: ${message}`, options);
}

/** 30000 -> "30", 2500 -> "2.5". */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
