// POST /api/uploads and the jobs it makes, against the real pipeline and database: good files load, a
// broken one fails with its reason, progress streams as server-sent events, a re-upload changes nothing,
// files the ingest cannot take fail on their own, and nothing is written outside the job's folder.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Health } from '../../../model/api/health';
import type { Job, JobList, UploadAccepted } from '../../../model/api/jobs';
import { IngestJobs } from '../../../server/services/ingest-jobs';
import { testDatabase } from '../../helpers/database-hooks';
import { apiApp, loadSeeds } from '../../helpers/api-app';
import { REPO_ROOT } from '../../helpers/run-cli';
import { auth, filesUnder, followJob, graphCounts, type SseEvent } from '../../helpers/upload-jobs';

const INVENTED = join(REPO_ROOT, 'test', 'fixtures', 'invented', 'docs');
const GOOD = ['inv01_valparaiso-puerto-universidad.txt', 'inv05_cordoba-universidad-municipio.html'];
const BROKEN = join(REPO_ROOT, 'test', 'fixtures', 'read', 'corrupt.pdf');

describe('api: uploads and jobs', function () {
  this.timeout(180_000);
  let dataDir: string;
  let uploads: string;
  let app: Express;

  before(async () => {
    await loadSeeds();
    dataDir = mkdtempSync(join(tmpdir(), 'enlace-upload-test-'));
    uploads = join(dataDir, 'uploads');
    app = apiApp({ eventHeartbeatMs: 20 }, { uploadsDir: uploads });
  });

  describe('an upload of two good files and a broken one', () => {
    let accepted: Job;
    let stream: { events: SseEvent[]; text: string };
    let initial: Awaited<ReturnType<typeof graphCounts>>;

    before(async () => {
      initial = await graphCounts();
      const res = await request(app)
        .post('/api/uploads')
        .set(auth)
        .attach('files', join(INVENTED, GOOD[0]!))
        .attach('files', join(INVENTED, GOOD[1]!))
        .attach('files', BROKEN)
        .expect(202);
      accepted = (res.body as UploadAccepted).job;
      expect(res.headers.location).to.equal(`/api/jobs/${accepted.id}`);
      stream = await followJob(app, accepted.id);
    });

    it('answers 202 with the job queued or running, every file waiting', () => {
      expect(accepted.status).to.be.oneOf(['queued', 'running']);
      expect(accepted.files.map((f) => [f.name, f.status])).to.deep.equal([
        [GOOD[0], 'waiting'],
        [GOOD[1], 'waiting'],
        ['corrupt.pdf', 'waiting'],
      ]);
      expect(accepted.summary).to.equal(null);
    });

    it('streams progress events in pipeline order, then one done event, with heartbeats', () => {
      const { events, text } = stream;
      expect(events.length).to.be.greaterThan(2);
      expect(events.slice(0, -1).every((e) => e.event === 'progress')).to.equal(true);
      expect(events.at(-1)!.event).to.equal('done');
      // Stages start in pipeline order; extract and load overlap (chunks load while files are read), so
      // each stage's count only ever grows.
      const order = ['read', 'extract', 'resolve', 'load', 'done'];
      const progress = events.map((e) => e.data.progress);
      const firsts = order.map((stage) => progress.findIndex((p) => p.stage === stage)).filter((i) => i >= 0);
      expect(firsts, JSON.stringify(progress)).to.deep.equal([...firsts].sort((a, b) => a - b));
      for (const stage of order) {
        const counts = progress.filter((p) => p.stage === stage).map((p) => p.done);
        expect(counts, `${stage}: ${JSON.stringify(progress)}`).to.deep.equal(
          [...counts].sort((a, b) => a - b),
        );
      }
      expect(events.map((e) => e.data.progress.stage)).to.include.members(['extract', 'load']);
      expect(text).to.contain(': heartbeat');
    });

    it('ends done with the good files loaded and the broken one failed with its reason', async () => {
      const job = stream.events.at(-1)!.data;
      expect(job.status).to.equal('done');
      expect(job.error).to.equal(null);
      expect(job.files.map((f) => [f.name, f.status])).to.deep.equal([
        [GOOD[0], 'loaded'],
        [GOOD[1], 'loaded'],
        ['corrupt.pdf', 'failed'],
      ]);
      const reason = job.files[2]!.reason!;
      expect(reason).to.match(/pdf/i);
      expect(reason, 'no server path in the reason').not.to.contain(uploads);
      const after = await graphCounts();
      expect(after.documents).to.include.members(GOOD);
      expect(after.documents).not.to.include('corrupt.pdf');
      expect(job.summary).to.deep.equal({
        documents: 3,
        loaded: 2,
        unchanged: 0,
        failed: 1,
        nodes: after.nodes - initial.nodes,
        relationships: after.relationships - initial.relationships,
      });
      expect(job.summary!.nodes).to.be.greaterThan(0);
    });

    it('loads what the files say (the Valparaíso agreement and its parties)', async () => {
      const { driver, database } = testDatabase();
      const result = await driver.executeQuery(
        'MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:MENTIONED_IN]->(d:Document {file: $file}) ' +
          'RETURN collect(DISTINCT i.name) AS parties',
        { file: GOOD[0] },
        { database },
      );
      expect(result.records[0]!.get('parties')).to.include('Universidad de Valparaíso');
    });

    it('lists the job first, answers it by id, and a late subscriber gets its done event at once', async () => {
      const final = stream.events.at(-1)!.data;
      const list = (await request(app).get('/api/jobs').expect(200)).body as JobList;
      expect(list.items[0]).to.deep.equal(final);
      expect(list.nextOffset).to.equal(null);
      expect((await request(app).get(`/api/jobs/${accepted.id}`).expect(200)).body).to.deep.equal(final);
      const late = await followJob(app, accepted.id);
      expect(late.events).to.deep.equal([{ event: 'done', data: final }]);
    });

    it('keeps the files and the job record in the job folder', () => {
      const stored = filesUnder(join(uploads, accepted.id)).sort();
      expect(stored).to.deep.equal([...GOOD, 'corrupt.pdf', 'job.json'].sort());
      const record = JSON.parse(readFileSync(join(uploads, accepted.id, 'job.json'), 'utf8')) as { job: Job };
      expect(record.job).to.deep.equal(stream.events.at(-1)!.data);
    });

    it('shows the finished job in a restarted server’s history', async () => {
      const restarted = apiApp({}, { jobs: new IngestJobs({ folder: uploads, log: () => {} }) });
      const job = (await request(restarted).get(`/api/jobs/${accepted.id}`).expect(200)).body as Job;
      expect(job).to.deep.equal(stream.events.at(-1)!.data);
    });

    it('changes nothing when the same files are uploaded again', async () => {
      const counts = await graphCounts();
      const res = await request(app)
        .post('/api/uploads')
        .set(auth)
        .attach('files', join(INVENTED, GOOD[0]!))
        .attach('files', join(INVENTED, GOOD[1]!))
        .expect(202);
      const { events } = await followJob(app, (res.body as UploadAccepted).job.id);
      const job = events.at(-1)!.data;
      expect(job.files.map((f) => f.status)).to.deep.equal(['unchanged', 'unchanged']);
      expect(job.summary).to.include({ loaded: 0, unchanged: 2, nodes: 0, relationships: 0 });
      expect(await graphCounts()).to.deep.equal(counts);
    });

    it('health reports the ingest queue idle and when the last job ended', async () => {
      const health = (await request(app).get('/api/health').expect(200)).body as Health;
      expect(health.ingest.running).to.equal(0);
      expect(health.ingest.queued).to.equal(0);
      expect(Date.parse(health.ingest.lastFinishedAt!)).to.be.at.least(Date.parse(accepted.createdAt));
    });
  });

  describe('files the ingest cannot take', () => {
    it('records an empty and an unsupported file as failures of those files, not of the upload', async () => {
      const res = await request(app)
        .post('/api/uploads')
        .set(auth)
        .attach('files', Buffer.alloc(0), 'empty.txt')
        .attach('files', Buffer.from('MZ\u0000\u0001'), 'tool.exe')
        .expect(202);
      const accepted = (res.body as UploadAccepted).job;
      expect(accepted.files).to.deep.equal([
        { name: 'empty.txt', size: 0, status: 'failed', reason: 'the file is empty (0 bytes)' },
        {
          name: 'tool.exe',
          size: 4,
          status: 'failed',
          reason: 'unsupported file type .exe: Enlace reads .txt .md .markdown .html .htm .docx .pdf',
        },
      ]);
      const { events } = await followJob(app, accepted.id);
      expect(events.at(-1)!.data).to.include({ status: 'done' });
      expect(filesUnder(join(uploads, accepted.id))).to.deep.equal(['job.json']);
    });

    it('stores names with "../" and NUL bytes inside the job folder, under safe names', async () => {
      const escape = `escape-${process.pid}.txt`;
      const text = readFileSync(join(REPO_ROOT, 'seeds', '001_75600427a4a33002.txt'));
      // A raw NUL in a part header is malformed multipart (see "refused requests"); percent-encoded in
      // filename* (RFC 5987) it arrives decoded, NUL and all.
      const boundary = 'EnlaceBoundary';
      const part = (disposition: string) =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; ${disposition}\r\n\r\n`,
          ),
          text,
          Buffer.from('\r\n'),
        ]);
      const body = Buffer.concat([
        part(`filename="../../${escape}"`),
        part(`filename*=UTF-8''..%2F..%2F..%2Fx%00y%2E.txt`),
        part(`filename*=UTF-8''%00%01%1F`),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
      const res = await request(app)
        .post('/api/uploads')
        .set(auth)
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(body)
        .expect(202);
      const job = (res.body as UploadAccepted).job;
      expect(job.files.map((f) => [f.name, f.status])).to.deep.equal([
        [escape, 'waiting'],
        ['xy..txt', 'waiting'],
        ['upload-3', 'failed'],
      ]);
      await followJob(app, job.id);
      for (const place of [dataDir, join(dataDir, '..'), uploads, REPO_ROOT])
        expect(existsSync(join(place, escape)), `${escape} in ${place}`).to.equal(false);
      expect(filesUnder(join(uploads, job.id)).sort()).to.deep.equal([escape, 'job.json', 'xy..txt'].sort());
    });
  });

  after(() => {
    // Nothing outside the job folders: every file under the data folder is <uploads>/<job id>/<name>.
    try {
      for (const file of filesUnder(dataDir)) {
        const parts = relative(dataDir, join(dataDir, file)).split(sep);
        expect(parts.length, file).to.equal(3);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
