// The upload queue without a database: one job at a time in order, progress to listeners, a throwing job
// failed while the queue goes on, a bounded history kept on disk and restored after a restart.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Job } from '../../../model/api/jobs';
import { IngestJobs, type JobTask } from '../../../server/services/ingest-jobs';
import type { IngestOutcome } from '../../../server/services/ingest-runner';
import type { ReceivedFile } from '../../../server/services/job-outcome';
import { JOB_FILE } from '../../../server/services/job-store';

const outcome = (paths: string[], overrides: Partial<IngestOutcome> = {}): IngestOutcome => ({
  files: paths.length,
  failures: [],
  load: { documents: paths.map((p) => ({ file: p.split('/').pop()!, status: 'loaded' as const })) },
  graph: { before: { nodes: 10, relationships: 20 }, after: { nodes: 15, relationships: 18 } },
  ...overrides,
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function submitFiles(jobs: IngestJobs, names: string[], task: JobTask): Promise<Job> {
  const { id, dir } = await jobs.createFolder();
  const received: ReceivedFile[] = names.map((name) => {
    const path = join(dir, name);
    writeFileSync(path, 'x');
    return { name, size: 1, path, reason: null };
  });
  return jobs.submit(id, dir, received, task);
}

describe('server/ingest-jobs', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'enlace-jobs-'));
  });

  it('runs one job at a time, in order, and reports state for the health endpoint', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const gate = deferred();
    const order: string[] = [];
    const first = await submitFiles(jobs, ['a.txt'], async (paths) => {
      order.push('first');
      await gate.promise;
      return outcome(paths);
    });
    const second = await submitFiles(jobs, ['b.txt'], (paths) => {
      order.push('second');
      return Promise.resolve(outcome(paths));
    });
    expect(jobs.get(first.id)!.status).to.equal('running');
    expect(jobs.get(second.id)!.status).to.equal('queued');
    expect(jobs.state()).to.deep.equal({ running: 1, queued: 1, lastFinishedAt: null });
    gate.resolve();
    await jobs.whenIdle();
    expect(order).to.deep.equal(['first', 'second']);
    expect(jobs.state()).to.include({ running: 0, queued: 0 });
    expect(jobs.state().lastFinishedAt).to.be.a('string');
    const done = jobs.get(second.id)!;
    expect(done.status).to.equal('done');
    expect(done.summary).to.deep.equal({
      documents: 1,
      loaded: 1,
      unchanged: 0,
      failed: 0,
      nodes: 5,
      relationships: -2,
    });
    expect(jobs.page(10, 0).items.map((j) => j.id)).to.deep.equal([second.id, first.id]);
  });

  it('sends every change to listeners, ending with the finished job', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const gate = deferred();
    const job = await submitFiles(jobs, ['a.txt', 'b.txt'], async (paths, onProgress) => {
      await gate.promise;
      onProgress({ stage: 'extract', done: 1, total: 2 });
      onProgress({ stage: 'load', done: 2, total: 2 });
      return outcome(paths);
    });
    const seen: string[] = [];
    jobs.subscribe(job.id, (j) => seen.push(`${j.status}:${j.progress.stage}:${j.progress.done}`));
    gate.resolve();
    await jobs.whenIdle();
    expect(seen).to.deep.equal(['running:extract:1', 'running:load:2', 'done:done:2']);
  });

  it('marks a job that throws failed with its error, and goes on with the next', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const bad = await submitFiles(jobs, ['a.txt'], () => Promise.reject(new Error('database went away')));
    const good = await submitFiles(jobs, ['b.txt'], (paths) => Promise.resolve(outcome(paths)));
    await jobs.whenIdle();
    const failed = jobs.get(bad.id)!;
    expect(failed.status).to.equal('failed');
    expect(failed.error).to.contain('database went away');
    expect(failed.files[0]).to.include({ status: 'failed' });
    expect(jobs.get(good.id)!.status).to.equal('done');
  });

  it('maps per-file failures and unchanged files, and never shows server paths', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const { id, dir } = await jobs.createFolder();
    const received: ReceivedFile[] = [
      { name: 'a.txt', size: 3, path: join(dir, 'a.txt'), reason: null },
      { name: 'b.pdf', size: 3, path: join(dir, 'b.pdf'), reason: null },
      { name: 'c.txt', size: 3, path: join(dir, 'c.txt'), reason: null },
      { name: 'd.exe', size: 3, path: null, reason: 'unsupported file type .exe' },
    ];
    jobs.submit(id, dir, received, () =>
      Promise.resolve(
        outcome([], {
          failures: [
            { file: join(dir, 'b.pdf'), reason: `ingest/read: ${join(dir, 'b.pdf')}: the PDF is corrupt` },
          ],
          load: {
            documents: [
              { file: 'a.txt', status: 'reloaded' },
              { file: 'c.txt', status: 'unchanged', reason: 'already loaded (same sha256)' },
            ],
          },
        }),
      ),
    );
    await jobs.whenIdle();
    expect(jobs.get(id)!.files).to.deep.equal([
      { name: 'a.txt', size: 3, status: 'loaded', reason: null },
      { name: 'b.pdf', size: 3, status: 'failed', reason: 'the PDF is corrupt' },
      { name: 'c.txt', size: 3, status: 'unchanged', reason: 'already loaded (same sha256)' },
      { name: 'd.exe', size: 3, status: 'failed', reason: 'unsupported file type .exe' },
    ]);
    expect(jobs.get(id)!.summary).to.include({ documents: 4, loaded: 1, unchanged: 1, failed: 2 });
  });

  it('finishes a job whose files were all refused without calling the ingest', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const { id, dir } = await jobs.createFolder();
    let called = false;
    jobs.submit(id, dir, [{ name: 'x.exe', size: 2, path: null, reason: 'unsupported' }], () => {
      called = true;
      return Promise.resolve(outcome([]));
    });
    await jobs.whenIdle();
    expect(called).to.equal(false);
    expect(jobs.get(id)).to.include({ status: 'done' });
    expect(jobs.get(id)!.summary).to.include({ documents: 1, failed: 1, nodes: 0 });
  });

  it('keeps the last jobs listed, writes each to job.json and restores them after a restart', async () => {
    const jobs = new IngestJobs({ folder, historyLimit: 2, log: () => {} });
    const ids: string[] = [];
    for (const name of ['a.txt', 'b.txt', 'c.txt']) {
      ids.push((await submitFiles(jobs, [name], (paths) => Promise.resolve(outcome(paths)))).id);
      await jobs.whenIdle();
    }
    expect(jobs.page(10, 0).items.map((j) => j.id)).to.deep.equal([ids[2], ids[1]]);
    const onDisk = JSON.parse(readFileSync(join(folder, ids[2]!, JOB_FILE), 'utf8')) as { job: Job };
    expect(onDisk.job.status).to.equal('done');

    const restarted = new IngestJobs({ folder, historyLimit: 2, log: () => {} });
    expect(restarted.page(10, 0).items).to.deep.equal(jobs.page(10, 0).items);
    expect(restarted.state().lastFinishedAt).to.equal(jobs.state().lastFinishedAt);
  });

  it('restores a job cut short by a stop as failed, saying so', async () => {
    const jobs = new IngestJobs({ folder, log: () => {} });
    const job = await submitFiles(jobs, ['a.txt'], () => new Promise<IngestOutcome>(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const restarted = new IngestJobs({ folder, log: () => {} });
    const restored = restarted.get(job.id)!;
    expect(restored.status).to.equal('failed');
    expect(restored.error).to.match(/stopped before this job finished/);
    expect(restored.files[0]).to.include({ status: 'failed' });
    await restarted.whenIdle();
    const onDisk = JSON.parse(readFileSync(join(folder, job.id, JOB_FILE), 'utf8')) as { job: Job };
    expect(onDisk.job.status).to.equal('failed');
  });

  it('ignores an unreadable job record and says so', () => {
    const lines: string[] = [];
    const dir = join(folder, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, JOB_FILE), '{ not json');
    const jobs = new IngestJobs({ folder, log: (line) => lines.push(line) });
    expect(jobs.page(10, 0).total).to.equal(0);
    expect(lines.join('\n')).to.contain('ignoring the job record');
  });
});
