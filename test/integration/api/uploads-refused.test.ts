// Uploads the API refuses (no or wrong token, not multipart, no files, limits, malformed bodies,
// unknown jobs): 4xx problems that say what to do, never a 500, nothing left on disk. And the queue:
// one job at a time, a job whose ingest throws is failed with its error and the next one runs.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Health } from '../../../model/api/health';
import type { UploadAccepted } from '../../../model/api/jobs';
import { createApp } from '../../../server/app';
import { TEST_TOKEN, apiApp, apiContext, loadSeeds } from '../../helpers/api-app';
import { REPO_ROOT } from '../../helpers/run-cli';
import { auth, expectProblem, filesUnder, followJob } from '../../helpers/upload-jobs';

const BROKEN = join(REPO_ROOT, 'test', 'fixtures', 'read', 'corrupt.pdf');

describe('api: uploads refused, and the queue', function () {
  this.timeout(180_000);
  let dataDir: string;
  let app: Express;

  before(async () => {
    await loadSeeds();
    dataDir = mkdtempSync(join(tmpdir(), 'enlace-upload-test-'));
    app = apiApp({}, { uploadsDir: join(dataDir, 'uploads') });
  });

  describe('refused requests', () => {
    let limited: Express;
    let limitedDir: string;
    before(() => {
      limitedDir = join(dataDir, 'limited');
      limited = apiApp(
        { uploadMaxFileBytes: 2_000, uploadMaxFiles: 3, uploadMaxTotalBytes: 5_000 },
        { uploadsDir: limitedDir },
      );
    });

    it('401 without a token and 403 with a wrong one, before reading anything', async () => {
      const none = await request(app).post('/api/uploads').attach('files', BROKEN);
      expectProblem(none, 401, /Authorization: Bearer/);
      expect(none.headers['www-authenticate']).to.match(/^Bearer/);
      const wrong = await request(app)
        .post('/api/uploads')
        .set('Authorization', 'Bearer nope')
        .attach('files', BROKEN);
      expectProblem(wrong, 403, /not valid/);
    });

    const refusals: [string, (r: request.Test) => request.Test, number, RegExp][] = [
      ['a JSON body', (r) => r.send({ files: ['a.txt'] }), 415, /multipart\/form-data/],
      ['a text body', (r) => r.set('Content-Type', 'text/plain').send('hello'), 415, /multipart\/form-data/],
      ['a form without files', (r) => r.field('force', 'true'), 400, /no file/],
      ['files sent as text', (r) => r.field('files', 'hello'), 400, /must carry files/],
      [
        'a file in another field',
        (r) => r.attach('document', Buffer.from('FIRMAN\n\nEl IMSS firmó.'), 'a.txt'),
        400,
        /field "files"/,
      ],
      [
        'an unknown text field',
        (r) => r.field('colour', 'red').attach('files', Buffer.from('x'), 'a.txt'),
        400,
        /colour/,
      ],
      [
        'force not a boolean',
        (r) => r.field('force', 'yes').attach('files', Buffer.from('x'), 'a.txt'),
        400,
        /force/,
      ],
      [
        'a file larger than the limit',
        (r) => r.attach('files', Buffer.alloc(3_000, 'a'), 'big.txt'),
        413,
        /"big\.txt" is larger than 2 KB.*ENLACE_UPLOAD_MAX_MB/,
      ],
      [
        'too many files',
        (r) =>
          ['a', 'b', 'c', 'd'].reduce(
            (req, n) => req.attach('files', Buffer.from(`text ${n}`), `${n}.txt`),
            r,
          ),
        413,
        /at most 3 files.*ENLACE_UPLOAD_MAX_FILES/,
      ],
      [
        'more bytes in all than the limit',
        (r) => ['a', 'b', 'c'].reduce((req, n) => req.attach('files', Buffer.alloc(1_900, n), `${n}.txt`), r),
        413,
        /in all.*ENLACE_UPLOAD_MAX_TOTAL_MB/,
      ],
      [
        'a multipart body cut short',
        (r) =>
          r
            .set('Content-Type', 'multipart/form-data; boundary=XyZ')
            .send('--XyZ\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhalf a fi'),
        400,
        /could not be read/,
      ],
      [
        'a raw NUL byte in a file name',
        (r) => r.attach('files', Buffer.from('FIRMAN\n\nEl IMSS firmó.'), '../x\u0000y.txt'),
        400,
        /control characters such as NUL/,
      ],
      [
        'a multipart type without boundary',
        (r) => r.set('Content-Type', 'multipart/form-data').send('--x\r\n'),
        400,
        /could not be read/,
      ],
    ];
    for (const [what, build, status, detail] of refusals) {
      it(`refuses ${what} with ${status}, leaving no folder behind`, async () => {
        const res = await build(request(limited).post('/api/uploads').set(auth));
        expectProblem(res, status, detail);
        expect(filesUnder(limitedDir), 'nothing kept').to.deep.equal([]);
        expect(existsSync(limitedDir) ? readdirSync(limitedDir) : []).to.deep.equal([]);
      });
    }

    it('answers unknown and malformed job ids with 404 and 400 problems', async () => {
      expectProblem(await request(app).get('/api/jobs/zzzz-0000'), 404, /No job "zzzz-0000"/);
      expectProblem(await request(app).get('/api/jobs/zzzz-0000/events'), 404, /No job/);
      expectProblem(await request(app).get('/api/jobs/..%2F..%2Fetc'), 400, /path\.id/);
      expectProblem(await request(app).get('/api/jobs?limit=1000'), 400, /query\.limit/);
    });
  });

  describe('the queue', () => {
    it('runs one job at a time; a job whose ingest throws is failed with its error and the next runs', async () => {
      const folder = join(dataDir, 'queue');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const base = apiContext({}, { uploadsDir: folder });
      let calls = 0;
      const queueApp = createApp({
        token: TEST_TOKEN,
        clientDir: join(REPO_ROOT, 'client', 'public'),
        validateResponses: true,
        log: () => {},
        context: {
          ...base,
          ingest: async (paths, options) => {
            calls += 1;
            if (calls === 1) {
              await gate;
              throw new Error('the database went away');
            }
            return base.ingest(paths, options);
          },
        },
      });
      const upload = async () =>
        (
          (
            await request(queueApp)
              .post('/api/uploads')
              .set(auth)
              .attach('files', join(REPO_ROOT, 'seeds', '004_f69e46667d061ba2.txt'))
              .expect(202)
          ).body as UploadAccepted
        ).job;
      const first = await upload();
      const second = await upload();
      expect(second.status).to.equal('queued');
      const busy = (await request(queueApp).get('/api/health').expect(200)).body as Health;
      expect(busy.ingest).to.include({ running: 1, queued: 1 });
      release();
      const failed = (await followJob(queueApp, first.id)).events.at(-1)!.data;
      expect(failed.status).to.equal('failed');
      expect(failed.error).to.match(/database went away/);
      expect(failed.files[0]!.status).to.equal('failed');
      const next = (await followJob(queueApp, second.id)).events.at(-1)!.data;
      expect(next.status).to.equal('done');
      expect(next.files[0]!.status).to.be.oneOf(['loaded', 'unchanged']);
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
