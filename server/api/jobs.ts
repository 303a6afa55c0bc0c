// GET /api/jobs, /api/jobs/{id} and /api/jobs/{id}/events: upload jobs, their progress, per-file results
// and summary; the events are server-sent (`progress` with the job after each change, then `done`).
import { z } from 'zod';
import { Job, JobList, JobListQuery, JobParams } from '../../model/api/jobs';
import { openEventStream } from '../http/event-stream';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { HANDLED } from '../http/route';
import type { ApiContext } from './context';
import { apiRoute } from './context';

function jobOrNotFound(ctx: ApiContext, id: string): Job {
  const job = ctx.jobs.get(id);
  if (!job)
    throw new HttpProblem(
      404,
      'Not Found',
      `No job "${id}": it never existed or has left the history (the last 100 jobs are kept). See GET /api/jobs.`,
      { type: PROBLEM_TYPES.notFound },
    );
  return job;
}

export const jobListRoute = apiRoute({
  method: 'get',
  path: '/jobs',
  operationId: 'listJobs',
  summary: 'Upload jobs, newest first',
  description: 'Queued, running and finished jobs (the last 100 finished ones, kept across restarts).',
  tag: 'ingest',
  query: JobListQuery,
  responses: { 200: { description: 'A page of jobs.', schema: JobList } },
  handle({ query }, ctx) {
    const { items, total } = ctx.jobs.page(query.limit, query.offset);
    const next = query.offset + items.length;
    return Promise.resolve({
      items,
      total,
      limit: query.limit,
      offset: query.offset,
      nextOffset: next < total ? next : null,
    });
  },
});

export const jobRoute = apiRoute({
  method: 'get',
  path: '/jobs/{id}',
  operationId: 'getJob',
  summary: 'One upload job',
  description: 'Status, progress by stage, each file with its status and reason, and the summary once done.',
  tag: 'ingest',
  params: JobParams,
  responses: { 200: { description: 'The job.', schema: Job } },
  handle: ({ params }, ctx) => Promise.resolve(jobOrNotFound(ctx, params.id)),
});

export const jobEventsRoute = apiRoute({
  method: 'get',
  path: '/jobs/{id}/events',
  operationId: 'jobEvents',
  summary: 'Follow a job (server-sent events)',
  description:
    'A `text/event-stream`: a `progress` event carrying the Job now and after each change, then a final ' +
    '`done` event with the finished Job (status `done` or `failed`), after which the stream ends; a job that ' +
    'has already ended answers its `done` event at once. Comment lines every 15 s keep the connection ' +
    'open. Close the EventSource on `done` (it would otherwise reconnect).',
  tag: 'ingest',
  params: JobParams,
  responses: {
    200: {
      description: 'The event stream; each event’s data is a Job as JSON.',
      contentType: 'text/event-stream',
      // One schema per event, as OpenAPI tools read event streams: its name, its sequence id, and the Job as JSON.
      schema: z
        .object({
          event: z.enum(['progress', 'done']),
          id: z.string().optional(),
          data: z.string().meta({ contentMediaType: 'application/json', description: 'The Job, as JSON.' }),
        })
        .meta({ id: 'JobEvent' }),
    },
  },
  handle({ params }, ctx, { res }) {
    const job = jobOrNotFound(ctx, params.id);
    const stream = openEventStream(res, ctx.settings.eventHeartbeatMs);
    const finished = (j: Job) => j.status === 'done' || j.status === 'failed';
    if (finished(job)) {
      stream.send('done', job);
      stream.end();
      return Promise.resolve(HANDLED);
    }
    const unsubscribe = ctx.jobs.subscribe(job.id, (changed) => {
      if (!finished(changed)) return stream.send('progress', changed);
      stream.send('done', changed);
      stream.end();
    });
    stream.onClose(() => unsubscribe?.());
    stream.send('progress', job);
    return Promise.resolve(HANDLED);
  },
});
