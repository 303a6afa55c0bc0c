// The record of a running embedded Neo4j (pid, port, URI) kept beside its store, so other processes find it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PidRecord {
  /** The JVM's process id. */
  pid: number;
  port: number;
  uri: string;
  version: string;
  storeDir: string;
  startedAt: string;
  /** The command that started it ("enlace start"); the database stops when that command ends. */
  owner?: string;
  /** That command's process id. */
  ownerPid?: number;
}

export const PID_FILE_NAME = 'enlace-neo4j.json';

export function pidFilePath(storeDir: string): string {
  return join(storeDir, PID_FILE_NAME);
}

export function readPidFile(storeDir: string): PidRecord | null {
  const path = pidFilePath(storeDir);
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<PidRecord>;
    if (typeof record.pid !== 'number' || typeof record.port !== 'number' || typeof record.uri !== 'string') {
      return null;
    }
    return record as PidRecord;
  } catch {
    return null; // a torn or hand-edited file counts as absent
  }
}

export function writePidFile(record: PidRecord): void {
  writeFileSync(pidFilePath(record.storeDir), `${JSON.stringify(record, null, 2)}\n`);
}

/** Removes the pid file, but only if it still names `pid` (another process may have replaced it). */
export function removePidFile(storeDir: string, pid?: number): void {
  const current = readPidFile(storeDir);
  if (pid === undefined || current === null || current.pid === pid) {
    rmSync(pidFilePath(storeDir), { force: true });
  }
}

/** True when `pid` is a live process that is our launcher (on Linux, checked through /proc against pid reuse). */
export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync('/proc/self/cmdline')) {
    try {
      return readFileSync(cmdline, 'utf8').includes('enlace.EmbeddedNeo4j');
    } catch {
      return false;
    }
  }
  return true;
}
