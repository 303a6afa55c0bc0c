// The Express application: JSON API under /api, the browser app as static files elsewhere.
import express from 'express';
import { healthRouter, type DatabaseHealth } from './routes/health';
import { notFound, problemHandler } from './http/problem';

export interface AppDependencies {
  /** Reports the database state for /api/health. */
  databaseHealth: () => Promise<DatabaseHealth>;
  /** Folder of the built browser app. */
  clientDir: string;
}

export function createApp(deps: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  const api = express.Router();
  api.use(healthRouter(deps.databaseHealth));
  api.use(notFound);
  app.use('/api', api);
  app.use(express.static(deps.clientDir));
  app.use(problemHandler);
  return app;
}
