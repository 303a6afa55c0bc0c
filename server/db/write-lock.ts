// One writer at a time, whichever process it is (two `enlace ingest`, an upload while a command-line ingest
// runs, a curation): a lock held in the database itself, so it works against an external Neo4j and a
// cluster too. The lock is one :EnlaceLock node naming its holder (owner, pid, host, since when); the
// holder renews its expiry with a heartbeat, so the lock of a process that died is free once it expires,
// and at once when the holder was a process of this host that no longer runs.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { watchAnswers } from './answer';
import { DatabaseNotAnsweringError, translateDriverError } from './errors';

export const WRITE_LOCK = 'write';

export interface LockHolder {
  /** What holds it, e.g. "enlace ingest data/releases" or "curation (API)". */
  owner: string;
  pid: number;
  host: string;
  /** When it was taken (ISO). */
  started: string;
}

export interface WriteLockOptions {
  /** What this writer is, shown to a writer that waits for it. */
  owner: string;
  /** Said once when the lock is held by another writer, and then every `reportEveryMs`. */
  onWait?: (holder: LockHolder, waitedMs: number) => void;
  /** How long a lock lives without a heartbeat (default 60 s). */
  ttlMs?: number;
  /** Between two tries while waiting (default 500 ms). */
  pollMs?: number;
  reportEveryMs?: number;
  /** How long the database may stay silent (ENLACE_DB_TIMEOUT; default 30 s). */
  answerTimeoutMs?: number;
}

const DEFAULTS = { ttlMs: 60_000, pollMs: 500, reportEveryMs: 30_000 };

/** "enlace ingest (pid 4242 on lab-3, since 2026-03-01T10:00:00.000Z)". */
export function describeHolder(holder: LockHolder): string {
  return `${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${holder.started})`;
}

interface ClaimOutcome {
  token: string | null;
  holder: LockHolder | null;
}

/** True when the holder is a process of this host that is gone (so its lock need not expire first). */
function holderIsGone(holder: LockHolder): boolean {
  if (holder.host !== hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function claim(tx: ManagedTransaction, owner: string, ttlMs: number): Promise<ClaimOutcome> {
  // Writing first takes the node's write lock, so the read below sees the latest holder and no other
  // claim can slip between the read and the write.
  await tx.run(`MERGE (l:EnlaceLock {name: $name}) SET l.claims = coalesce(l.claims, 0) + 1`, {
    name: WRITE_LOCK,
  });
  const current = await tx.run(
    `MATCH (l:EnlaceLock {name: $name})
     RETURN l.token AS token, l.owner AS owner, l.pid AS pid, l.host AS host, l.started AS started,
            l.expires < timestamp() AS expired`,
    { name: WRITE_LOCK },
  );
  // A release that committed between the two statements deleted the node this MERGE had matched: no
  // holder, no claim; the caller tries again.
  const row = current.records[0];
  if (!row) return { token: null, holder: null };
  const held = row.get('token') as string | null;
  const holder: LockHolder | null = held
    ? {
        owner: String(row.get('owner')),
        pid: Number(row.get('pid')),
        host: String(row.get('host')),
        started: String(row.get('started')),
      }
    : null;
  if (holder && row.get('expired') !== true && !holderIsGone(holder)) return { token: null, holder };
  const token = randomUUID();
  await tx.run(
    `MATCH (l:EnlaceLock {name: $name})
     SET l.token = $token, l.owner = $owner, l.pid = $pid, l.host = $host, l.started = $started,
         l.expires = timestamp() + $ttl`,
    {
      name: WRITE_LOCK,
      token,
      owner,
      pid: process.pid,
      host: hostname(),
      started: new Date().toISOString(),
      ttl: ttlMs,
    },
  );
  return { token, holder: null };
}

/** The databases whose write lock the current async context holds: taking it again there is a no-op. */
const holding = new AsyncLocalStorage<ReadonlySet<string>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the database's write lock, waiting (and saying for whom) while another writer has it.
 * @example await withWriteLock(db.driver, db.database, { owner: 'enlace ingest', onWait: (h) => warn(h) }, load);
 */
export async function withWriteLock<T>(
  driver: Driver,
  database: string | undefined,
  options: WriteLockOptions,
  work: () => Promise<T>,
): Promise<T> {
  const key = database ?? '';
  if (holding.getStore()?.has(key)) return work(); // an ingest's curation replay, inside the ingest's turn
  const { ttlMs, pollMs, reportEveryMs } = { ...DEFAULTS, ...options };
  // Each step in its own transaction; a database that is down or silent fails it as the gateway would
  // (DatabaseUnavailableError: the API's 503), never with the driver's raw error.
  const step = async <T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({ database });
    let silent = false;
    try {
      const watch = { driver, database, timeoutMs: options.answerTimeoutMs, context: what };
      return await watchAnswers(session.executeWrite(work), watch);
    } catch (error) {
      const translated = translateDriverError(error, what);
      silent = translated instanceof DatabaseNotAnsweringError;
      throw translated;
    } finally {
      if (silent) session.close().catch(() => {});
      else await session.close();
    }
  };
  const started = Date.now();
  let reported = -Infinity;
  let token: string | null = null;
  while (token === null) {
    const outcome = await step('taking the write lock', (tx) => claim(tx, options.owner, ttlMs));
    token = outcome.token;
    if (outcome.holder && Date.now() - reported >= reportEveryMs) {
      reported = Date.now();
      options.onWait?.(outcome.holder, reported - started);
    }
    if (token === null) await sleep(pollMs * (0.75 + Math.random() / 2));
  }
  const held = token;
  const renew = () =>
    step('renewing the write lock', (tx) =>
      tx.run('MATCH (l:EnlaceLock {name: $name, token: $token}) SET l.expires = timestamp() + $ttl', {
        name: WRITE_LOCK,
        token: held,
        ttl: ttlMs,
      }),
    ).catch(() => {
      // A missed heartbeat is harmless while the next one comes before the expiry.
    });
  const heartbeat = setInterval(() => void renew(), Math.max(1_000, ttlMs / 3));
  heartbeat.unref();
  try {
    return await holding.run(new Set([...(holding.getStore() ?? []), key]), work);
  } finally {
    clearInterval(heartbeat);
    // The node goes with the lock, so the graph holds no trace of it between writes.
    await step('releasing the write lock', (tx) =>
      tx.run('MATCH (l:EnlaceLock {name: $name, token: $token}) DELETE l', {
        name: WRITE_LOCK,
        token: held,
      }),
    ).catch(() => {
      // The database is gone: the lock expires by itself.
    });
  }
}
