// Watching a spawned `enlace` and the database it uses, for tests that act while a command runs
// (freeze the database, stop its owner): its output so far, its end, and what the database runs.
import type { ChildProcess } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import type { CliResult } from './run-cli';

/** The command's output as it comes, and its exit code and output once it ends. */
export function collectOutput(child: ChildProcess): { output: () => string; done: Promise<CliResult> } {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    output: () => stdout + stderr,
    done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))),
  };
}

/** Polls `check` until it holds; throws naming `what` after `ms`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 180_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Ids of the transactions whose query text holds `marker`. */
export async function transactionsRunning(driver: Driver, marker: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker ' +
      'RETURN transactionId',
    { marker },
    { database: 'neo4j' },
  );
  return records.map((record) => record.get('transactionId') as string);
}

/** A read that runs for minutes, its text marked so that transactionsRunning finds it. */
export function longQuery(marker: string): string {
  return `UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n, '${marker}' AS m`;
}
