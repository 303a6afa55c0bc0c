// Uploads and ingest jobs: POST /api/uploads (multipart form), GET /api/jobs, /api/jobs/{id} and its events.
import { z } from 'zod';
import { PageInfo, pageParams } from './common';

/** Job ids are made by the server: time-ordered, lower-case letters, digits and dashes. */
export const JobId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a job id such as "m2x9k1q7-3fa8c2d1"')
  .meta({ description: 'Job id, as `POST /api/uploads` returned it.', example: 'm2x9k1q7-3fa8c2d1' });

export const JobParams = z.object({ id: JobId });

export const JobStatus = z.enum(['queued', 'running', 'done', 'failed']).meta({
  id: 'JobStatus',
  description:
    '`queued` waits for the job before it, `running` is being ingested, `done` finished (each file says how ' +
    'it went), `failed` stopped with an error (see `error`).',
});

export const JobFileStatus = z
  .enum(['waiting', 'loaded', 'unchanged', 'failed'])
  .meta({ id: 'JobFileStatus' });

export const JobFile = z
  .object({
    name: z.string().meta({ description: 'The file name as stored (the client path is never kept).' }),
    size: z.number().int().meta({ description: 'Bytes received.' }),
    status: JobFileStatus,
    reason: z.string().nullable().meta({ description: 'Why it failed or was left unchanged.' }),
  })
  .meta({ id: 'JobFile' });
export type JobFile = z.infer<typeof JobFile>;

export const JobStage = z.enum(['read', 'extract', 'resolve', 'load', 'done']).meta({ id: 'JobStage' });
export type JobStage = z.infer<typeof JobStage>;

export const JobProgress = z
  .object({
    stage: JobStage,
    done: z
      .number()
      .int()
      .meta({ description: 'Items of this stage finished (documents, or 1 for resolve).' }),
    total: z.number().int(),
  })
  .meta({ id: 'JobProgress', description: 'The stage the pipeline is in and how far it is.' });
export type JobProgress = z.infer<typeof JobProgress>;

export const JobSummary = z
  .object({
    documents: z.number().int().meta({ description: 'Files in the upload.' }),
    loaded: z.number().int().meta({ description: 'Files loaded (or reloaded) into the graph.' }),
    unchanged: z.number().int().meta({ description: 'Files already in the graph with the same content.' }),
    failed: z.number().int().meta({ description: 'Files that could not be read, extracted or written.' }),
    nodes: z
      .number()
      .int()
      .meta({ description: 'Net change of the graph’s node count (negative if it shrank).' }),
    relationships: z
      .number()
      .int()
      .meta({ description: 'Net change of the graph’s relationship count (negative if it shrank).' }),
  })
  .meta({ id: 'JobSummary' });
export type JobSummary = z.infer<typeof JobSummary>;

const Instant = z.string().meta({ format: 'date-time', example: '2024-05-09T10:11:12.000Z' });

export const Job = z
  .object({
    id: z.string(),
    status: JobStatus,
    createdAt: Instant,
    startedAt: Instant.nullable(),
    finishedAt: Instant.nullable(),
    files: z.array(JobFile),
    progress: JobProgress,
    summary: JobSummary.nullable().meta({ description: 'Set when the job is done.' }),
    error: z.string().nullable().meta({ description: 'Why a failed job stopped.' }),
  })
  .meta({ id: 'Job', description: 'An upload being ingested, or the record of one.' });
export type Job = z.infer<typeof Job>;

export const UploadForm = z
  .object({
    files: z
      .array(z.string().meta({ format: 'binary' }))
      .min(1)
      .meta({
        description: 'One or more documents (.txt .md .html .docx .pdf); repeat the field for each file.',
      }),
    force: z.enum(['true', 'false']).optional().meta({
      description: 'Reload files whose content is already in the graph (after editing the curated aliases).',
    }),
  })
  .meta({ id: 'UploadForm' });

export const UploadAccepted = z.object({ job: Job }).meta({ id: 'UploadAccepted' });
export type UploadAccepted = z.infer<typeof UploadAccepted>;

export const JobListQuery = z.object({ ...pageParams(20, 100) });

export const JobList = z.object({ items: z.array(Job), ...PageInfo }).meta({ id: 'JobList' });
export type JobList = z.infer<typeof JobList>;

/** What GET /api/health says of the ingest queue. */
export const IngestState = z
  .object({
    running: z.number().int().meta({ description: 'Jobs being ingested now (0 or 1: one at a time).' }),
    queued: z.number().int().meta({ description: 'Jobs waiting their turn.' }),
    lastFinishedAt: Instant.nullable().meta({ description: 'When the last job ended (done or failed).' }),
  })
  .meta({ id: 'IngestState' });
export type IngestState = z.infer<typeof IngestState>;
