// Jobs kept on disk: each job's state in `job.json` in its upload folder, so the history survives a
// restart. Written atomically (a temporary file renamed), read back with the Job schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Job } from '../../model/api/jobs';
import type { ReceivedFile } from './job-outcome';

export const JOB_FILE = 'job.json';

/** What job.json holds: the job as the API shows it, plus where its files are (for a later re-run). */
export interface StoredJob {
  job: Job;
  received: ReceivedFile[];
}

/**
 * @example await saveJob('/data/uploads/m2x9k1q7-3fa8c2d1', { job, received })
 */
export async function saveJob(dir: string, stored: StoredJob): Promise<void> {
  const file = join(dir, JOB_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  // Paths are kept relative to the job folder: the data folder may move.
  const received = stored.received.map((r) => ({ ...r, path: r.path === null ? null : r.name }));
  await writeFile(temporary, JSON.stringify({ job: stored.job, received }, null, 2) + '\n');
  await rename(temporary, file);
}

/** The jobs recorded under `folder`, newest first; unreadable records are reported, not thrown. */
export function loadJobs(folder: string, log: (line: string) => void): { dir: string; stored: StoredJob }[] {
  if (!existsSync(folder)) return [];
  const found: { dir: string; stored: StoredJob }[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(folder, entry.name);
    const file = join(dir, JOB_FILE);
    if (!existsSync(file)) continue;
    try {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { job?: unknown; received?: unknown };
      const job = Job.parse(raw.job);
      const received = Array.isArray(raw.received) ? (raw.received as ReceivedFile[]) : [];
      found.push({
        dir,
        stored: {
          job,
          received: received.map((r) => ({ ...r, path: r.path === null ? null : join(dir, r.name) })),
        },
      });
    } catch (error) {
      log(
        `enlace: ignoring the job record ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return found.sort((a, b) => compareNewestFirst(a.stored.job, b.stored.job));
}

/** Newest first: by creation time, then by id (ids are time-ordered too). */
export function compareNewestFirst(a: Job, b: Job): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
