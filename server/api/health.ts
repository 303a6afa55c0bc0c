// GET /api/health: is Enlace up, is its database reachable (mode, version, counts), what is the ingest doing?
import { Health } from '../../model/api/health';
import { Reply } from '../http/route';
import { apiRoute } from './context';

export const healthRoute = apiRoute({
  method: 'get',
  path: '/health',
  operationId: 'health',
  summary: 'Service and database state',
  tag: 'service',
  responses: {
    200: { description: 'Up, with the database connected.', schema: Health },
    503: { description: 'Up, but the database is not reachable.', schema: Health },
  },
  async handle(_input, ctx) {
    const status = await ctx.database.status();
    const body = {
      status: status.connected ? 'ok' : 'degraded',
      database: { mode: ctx.database.mode, uri: ctx.database.uri, ...status },
      ingest: ctx.jobs.state(),
    };
    return new Reply(status.connected ? 200 : 503, body);
  },
});
