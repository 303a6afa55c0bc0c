// A command that found the embedded database running uses it, but does not own it: when the command that
// started it ends (`enlace start` stopped with Ctrl-C, an ingest that finished), the database stops too,
// and the attached command's next request is refused. This tells that apart from any other lost connection.
import { AttachedDatabaseStoppedError, DatabaseError, DatabaseNotAnsweringError, QueryError } from './errors';
import { isLauncherAlive, type PidRecord } from './pid-file';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a database that failed a request may take to show that it is stopping with its owner. */
const SHUTDOWN_GRACE_MS = 10_000;

/** An error that may come from the database shutting down (not the researcher's query being wrong). */
function mayBeShutdown(error: unknown): boolean {
  if (error instanceof DatabaseNotAnsweringError) return false; // silent, not gone: said as it is
  if (error instanceof DatabaseError)
    return !(error instanceof QueryError) || /Terminated/.test(error.code ?? '');
  // The driver's own errors (the loader uses it directly) and the loader's "stopped answering".
  if (typeof (error as { code?: unknown } | null)?.code === 'string') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /stopped answering|ECONNREFUSED|ECONNRESET|EPIPE|connection.*(lost|closed)|terminated/i.test(
    message,
  );
}

/**
 * The error to report instead of `cause` when the database of `record` stopped with its owner, or null
 * when it did not (then `cause` is about something else). A shutdown first terminates the running
 * transactions, so a failure may come before the owner and the database are gone: they are given a few
 * seconds to go.
 * @example throw (await attachedDatabaseStopped(db.attachedTo, error)) ?? error;
 */
export async function attachedDatabaseStopped(
  record: PidRecord,
  cause: unknown,
): Promise<AttachedDatabaseStoppedError | null> {
  if (!mayBeShutdown(cause)) return null;
  const stopped = () =>
    (record.ownerPid !== undefined && !processAlive(record.ownerPid)) || !isLauncherAlive(record.pid);
  const deadline = Date.now() + SHUTDOWN_GRACE_MS;
  while (!stopped()) {
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const owner =
    record.ownerPid !== undefined
      ? `"${record.owner ?? 'another enlace command'}" (pid ${record.ownerPid})`
      : `another process (Neo4j pid ${record.pid})`;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AttachedDatabaseStoppedError(
    `The database was started by ${owner}, which has stopped, and the database with it, so this command ` +
      `lost it. Run the command again: it starts the database itself when none is running. (${reason})`,
    { cause },
  );
}
