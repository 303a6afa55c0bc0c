// Runs the real `enlace` command in a child process against the test run's database.
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabase } from './database-hooks';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(REPO_ROOT, 'bin', 'enlace.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A curation file of the run, never the one in ./data: an ingest re-applies (and completes) it. */
const CURATIONS = join(tmpdir(), `enlace-cli-curations-${process.pid}.jsonl`);

/** Environment that points a child `enlace` at the shared test database (as an external Neo4j). */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { uri, database } = testDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: process.env.ENLACE_TEST_NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.ENLACE_TEST_NEO4J_PASSWORD ?? '',
    ENLACE_CURATIONS: CURATIONS,
    ...extra,
  };
  if (database) env.NEO4J_DATABASE = database;
  else delete env.NEO4J_DATABASE;
  return env;
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = cliEnv(), cwd = REPO_ROOT): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `enlace ARGS...` to completion and returns its exit code and output. */
export function runCli(args: string[], env?: NodeJS.ProcessEnv, cwd?: string): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnCli(args, env, cwd);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
