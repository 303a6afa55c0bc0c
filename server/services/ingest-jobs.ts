// The ingest queue behind uploads: jobs run one at a time, in order (the next starts when one ends), each
// reporting progress to whoever listens; finished jobs stay listed (a bounded history) and are kept on disk.
// Created by the composition root and handed to the API in its context: no global state.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestState, Job, JobProgress } from '../../model/api/jobs';
import type { IngestOutcome, IngestRunProgress } from './ingest-runner';
import { filesAfterError, filesAfterIngest, jobSummary, type ReceivedFile } from './job-outcome';
import { compareNewestFirst, loadJobs, saveJob } from './job-store';

/** The work of one job: ingest these paths, reporting progress. */
export type JobTask = (
  paths: string[],
  onProgress: (progress: IngestRunProgress) => void,
) => Promise<IngestOutcome>;

export type JobListener = (job: Job) => void;

export interface IngestJobsOptions {
  /** The uploads folder: `<ENLACE_DATA_DIR>/uploads`; one sub-folder per job. */
  folder: string;
  /** Finished jobs kept listed (default 100). Their folders stay on disk. */
  historyLimit?: number;
  log?: (line: string) => void;
  now?: () => Date;
}

interface JobRecord {
  job: Job;
  dir: string;
  received: ReceivedFile[];
  task: JobTask | null;
  listeners: Set<JobListener>;
  /** Writes of job.json, in order. */
  saving: Promise<void>;
}

const finished = (job: Job) => job.status === 'done' || job.status === 'failed';
const snapshot = (job: Job): Job => structuredClone(job);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A job id: the time in ms, base 36 (so ids sort by creation), then random hex. */
function jobId(millis: number): string {
  return `${millis.toString(36)}-${randomBytes(4).toString('hex')}`;
}

export class IngestJobs {
  readonly folder: string;
  private readonly historyLimit: number;
  private readonly log: (line: string) => void;
  private readonly now: () => Date;
  private readonly records = new Map<string, JobRecord>();
  private readonly waiting: JobRecord[] = [];
  private running: JobRecord | null = null;
  private lastFinishedAt: string | null = null;
  private idleWaiters: (() => void)[] = [];
  /** Time part of the last id handed out: ids of one process strictly increase, even within a millisecond. */
  private lastIdMillis = 0;

  constructor(options: IngestJobsOptions) {
    this.folder = options.folder;
    this.historyLimit = options.historyLimit ?? 100;
    this.log = options.log ?? ((line) => process.stderr.write(line + '\n'));
    this.now = options.now ?? (() => new Date());
    this.restoreHistory();
  }

  /** A fresh job id and its (created) folder, for the upload to store files in. */
  async createFolder(): Promise<{ id: string; dir: string }> {
    this.lastIdMillis = Math.max(this.now().getTime(), this.lastIdMillis + 1);
    const id = jobId(this.lastIdMillis);
    const dir = join(this.folder, id);
    await mkdir(dir, { recursive: true });
    return { id, dir };
  }

  /** Removes the folder of an upload that was refused before it became a job. */
  async discardFolder(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /**
   * Queues a job for the files received into `createFolder()`'s folder; returns it as first listed.
   * @example const job = jobs.submit(id, dir, received, (paths, onProgress) => ctx.ingest(paths, { onProgress }));
   */
  submit(id: string, dir: string, received: ReceivedFile[], task: JobTask): Job {
    const stored = received.filter((file) => file.path !== null).length;
    const job: Job = {
      id,
      status: 'queued',
      createdAt: this.now().toISOString(),
      startedAt: null,
      finishedAt: null,
      files: received.map(({ name, size, path, reason }) => ({
        name,
        size,
        status: path === null ? 'failed' : 'waiting',
        reason: path === null ? reason : null,
      })),
      progress: { stage: 'read', done: 0, total: stored },
      summary: null,
      error: null,
    };
    const record: JobRecord = { job, dir, received, task, listeners: new Set(), saving: Promise.resolve() };
    this.records.set(id, record);
    this.waiting.push(record);
    this.save(record);
    this.startNext();
    return snapshot(job);
  }

  get(id: string): Job | undefined {
    const record = this.records.get(id);
    return record && snapshot(record.job);
  }

  /** Newest first. */
  page(limit: number, offset: number): { items: Job[]; total: number } {
    const all = [...this.records.values()].map((r) => r.job).sort(compareNewestFirst);
    return { items: all.slice(offset, offset + limit).map(snapshot), total: all.length };
  }

  state(): IngestState {
    return {
      running: this.running ? 1 : 0,
      queued: this.waiting.length,
      lastFinishedAt: this.lastFinishedAt,
    };
  }

  /**
   * Calls `listener` with the job after each change until it ends (the last call carries the final state).
   * Returns the function that stops listening; undefined for an unknown job.
   */
  subscribe(id: string, listener: JobListener): (() => void) | undefined {
    const record = this.records.get(id);
    if (!record) return undefined;
    record.listeners.add(listener);
    return () => record.listeners.delete(listener);
  }

  /** Resolves once no job is queued or running and every job record is written (tests, shutdown). */
  whenIdle(): Promise<void> {
    if (!this.running && this.waiting.length === 0) return this.allSaved();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve)).then(() => this.allSaved());
  }

  private async allSaved(): Promise<void> {
    await Promise.all([...this.records.values()].map((r) => r.saving));
  }

  private startNext(): void {
    if (this.running) return;
    const record = this.waiting.shift();
    if (!record) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.running = record;
    void this.run(record).finally(() => {
      this.running = null;
      this.trimHistory();
      this.startNext();
    });
  }

  private async run(record: JobRecord): Promise<void> {
    const { job } = record;
    const paths = record.received.flatMap((file) => (file.path === null ? [] : [file.path]));
    job.status = 'running';
    job.startedAt = this.now().toISOString();
    this.changed(record, true);
    const ended = await this.outcomeOf(record, paths);
    record.task = null;
    const final: Job = { ...job, ...ended, finishedAt: this.now().toISOString() };
    // On disk before anyone sees (or hears) that the job ended.
    this.save(record, final);
    await record.saving;
    record.job = final;
    this.lastFinishedAt = final.finishedAt;
    this.changed(record, false);
    record.listeners.clear();
  }

  /** Runs the task; what the job says once it ended, done or failed (never throws). */
  private async outcomeOf(record: JobRecord, paths: string[]): Promise<Partial<Job>> {
    const { job } = record;
    try {
      let outcome: IngestOutcome | null = null;
      if (paths.length > 0 && record.task) {
        outcome = await record.task(paths, (progress) => {
          if (record.task === null) return;
          job.progress = {
            stage: progress.stage,
            done: progress.done,
            total: progress.total,
          } satisfies JobProgress;
          this.changed(record, false);
        });
      }
      // Without an outcome every file was refused at upload: the files already say why.
      const files = outcome ? filesAfterIngest(record.received, outcome) : job.files;
      return {
        status: 'done',
        files,
        summary: jobSummary(files, outcome),
        progress: { stage: 'done', done: files.length, total: files.length },
      };
    } catch (error) {
      this.log(`enlace: upload job ${job.id} failed: ${messageOf(error)}`);
      // Server paths stay out of what the API shows.
      const message = messageOf(error)
        .split(record.dir + '/')
        .join('');
      return {
        status: 'failed',
        error: `The ingest stopped with an error: ${message}`,
        files: filesAfterError(
          record.received,
          'not processed: the job stopped with an error (see the job’s error)',
        ),
      };
    }
  }

  /** Tells the listeners; writes job.json on status changes (progress alone is not worth a write). */
  private changed(record: JobRecord, persist: boolean): void {
    if (persist) this.save(record);
    for (const listener of record.listeners) {
      try {
        listener(snapshot(record.job));
      } catch (error) {
        this.log(`enlace: a listener of job ${record.job.id} failed: ${messageOf(error)}`);
      }
    }
  }

  private save(record: JobRecord, job: Job = record.job): void {
    const stored = { job: snapshot(job), received: record.received };
    record.saving = record.saving
      .then(() => saveJob(record.dir, stored))
      .catch((error: unknown) =>
        this.log(`enlace: cannot write the record of job ${record.job.id}: ${messageOf(error)}`),
      );
  }

  /** Keeps the newest `historyLimit` finished jobs listed (their folders stay on disk). */
  private trimHistory(): void {
    const done = [...this.records.values()]
      .filter((r) => finished(r.job))
      .sort((a, b) => compareNewestFirst(a.job, b.job));
    for (const record of done.slice(this.historyLimit)) this.records.delete(record.job.id);
  }

  /** Jobs recorded by an earlier run; one that was queued or running then was cut short by the stop. */
  private restoreHistory(): void {
    for (const { dir, stored } of loadJobs(this.folder, this.log).slice(0, this.historyLimit)) {
      const record: JobRecord = {
        ...stored,
        dir,
        task: null,
        listeners: new Set(),
        saving: Promise.resolve(),
      };
      const { job } = record;
      if (!finished(job)) {
        job.status = 'failed';
        job.finishedAt ??= this.now().toISOString();
        job.error = 'Enlace stopped before this job finished; upload its files again.';
        job.files = job.files.map((file) =>
          file.status === 'waiting'
            ? { ...file, status: 'failed', reason: 'not processed: Enlace stopped' }
            : file,
        );
        this.save(record);
      }
      if (job.finishedAt && (!this.lastFinishedAt || job.finishedAt > this.lastFinishedAt))
        this.lastFinishedAt = job.finishedAt;
      this.records.set(job.id, record);
    }
  }
}
