// POST /api/uploads: documents sent as a multipart form become an ingest job, run in the background by
// the same pipeline as `enlace ingest`; the answer (202) is the job, to poll or to follow by its events.
import { z } from 'zod';
import { UploadAccepted, UploadForm } from '../../model/api/jobs';
import { receiveUpload } from '../http/upload-receiver';
import { HttpProblem } from '../http/problem';
import { Reply, parsePart } from '../http/route';
import { apiRoute } from './context';

/** The text fields the form may carry besides its files. */
const UploadFields = z.strictObject({ force: z.enum(['true', 'false']).optional() });

export const uploadRoute = apiRoute({
  method: 'post',
  path: '/uploads',
  operationId: 'upload',
  summary: 'Upload documents to ingest',
  description:
    'Send one or more files (.txt .md .html .docx .pdf) as `multipart/form-data` in the repeated field ' +
    '`files`. They are stored in the data folder and ingested in the background, one job at a time, by the ' +
    'same pipeline as `enlace ingest`. A file of another type, or an empty one, is a failure of that file ' +
    '(with its reason) in the job, not of the upload. Limits: 25 MB per file (ENLACE_UPLOAD_MAX_MB), 500 ' +
    'files (ENLACE_UPLOAD_MAX_FILES), 500 MB in all (ENLACE_UPLOAD_MAX_TOTAL_MB); beyond them the upload ' +
    'is refused (413) and nothing is kept. Follow the job at `GET /api/jobs/{id}` or its events.',
  tag: 'ingest',
  auth: true,
  body: UploadForm,
  bodyType: 'multipart',
  responses: {
    202: {
      description: 'Accepted: the job, queued.',
      schema: UploadAccepted,
      headers: z.object({ Location: z.string().meta({ description: 'The job: /api/jobs/{id}.' }) }),
    },
  },
  async handle(_input, ctx, { req, res }) {
    const { settings } = ctx;
    const { id, dir } = await ctx.jobs.createFolder();
    let accepted = false;
    try {
      const { files, fields } = await receiveUpload(req, res, {
        dir,
        formats: ctx.ingestFormats,
        limits: {
          maxFileBytes: settings.uploadMaxFileBytes,
          maxFiles: settings.uploadMaxFiles,
          maxTotalBytes: settings.uploadMaxTotalBytes,
        },
      });
      if ('files' in fields)
        throw new HttpProblem(
          400,
          'Bad Request',
          'The field "files" must carry files (parts with a filename), not text.',
        );
      const { force } = parsePart(UploadFields, fields, 'body') as z.output<typeof UploadFields>;
      if (files.length === 0)
        throw new HttpProblem(
          400,
          'No files',
          'The form holds no file: send one or more in the field "files".',
        );
      const job = ctx.jobs.submit(id, dir, files, (paths, onProgress) =>
        ctx.ingest(paths, { force: force === 'true', onProgress }),
      );
      accepted = true;
      return new Reply(202, { job }, { Location: `/api/jobs/${job.id}` });
    } finally {
      if (!accepted) await ctx.jobs.discardFolder(dir);
    }
  },
});
