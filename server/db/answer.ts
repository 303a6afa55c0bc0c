// Telling a slow database from one that does not answer at all (a frozen process, a cut network): while a
// request runs, the database is asked a trivial question on another connection; when that question too
// goes unanswered for the answer timeout, the request is abandoned with DatabaseNotAnsweringError instead
// of being waited for for ever (the driver has no read timeout of its own once a connection is open).
import type { Driver } from 'neo4j-driver';
import { DatabaseNotAnsweringError } from './errors';

/** How long Enlace waits for the database to answer (ENLACE_DB_TIMEOUT), unless configured otherwise. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 30_000;

/** Most time between two questions while a request runs: a frozen database is found within this plus the timeout. */
const PROBE_EVERY_MS = 5_000;

export interface AnswerWatch {
  driver: Driver;
  database: string | undefined;
  /** How long a question may go unanswered (default DEFAULT_ANSWER_TIMEOUT_MS). */
  timeoutMs?: number;
  /** What was waiting, for the message: "enlace ingest", "write query". */
  context: string;
}

export type ProbeOutcome = 'answers' | 'silent' | 'unreachable';

/**
 * Asks the database for its version within `timeoutMs`: 'answers', 'silent' (no answer in time) or
 * 'unreachable' (it refused or failed: a stopped database, which the request itself reports).
 * @example if ((await probeDatabase(driver, 'neo4j', 5_000)) === 'silent') warn('frozen');
 */
export async function probeDatabase(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): Promise<ProbeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => resolve('silent'), timeoutMs);
  });
  const asked = driver.getServerInfo({ database }).then(
    (): ProbeOutcome => 'answers',
    (error: unknown): ProbeOutcome =>
      /acquisition timed out/i.test(error instanceof Error ? error.message : '') ? 'silent' : 'unreachable',
  );
  try {
    return await Promise.race([asked, silent]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for `work` while the database answers; rejects with DatabaseNotAnsweringError once a question
 * asked meanwhile goes unanswered for the timeout. `work` is then abandoned, not cancelled: a command
 * stops, an API request answers 503.
 * @example const rows = await watchAnswers(session.run(query), { driver, database, context: 'read query' });
 */
export async function watchAnswers<T>(work: Promise<T>, watch: AnswerWatch): Promise<T> {
  const timeoutMs = watch.timeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const every = Math.min(PROBE_EVERY_MS, timeoutMs);
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<never>((_, reject) => {
    const next = (): void => {
      timer = setTimeout(() => {
        void probeDatabase(watch.driver, watch.database, timeoutMs).then((outcome) => {
          if (settled) return;
          if (outcome === 'silent') reject(new DatabaseNotAnsweringError(timeoutMs, watch.context));
          else next();
        });
      }, every);
      timer.unref();
    };
    next();
  });
  try {
    return await Promise.race([work, silent]);
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}
