// The Express application: the JSON API under /api (with its OpenAPI reference), the browser app as
// static files elsewhere, and one error handler that answers every failure as problem+json.
import express from 'express';
import type { ApiContext } from './api/context';
import { referenceRouter } from './api/reference';
import { API_ROUTES } from './api/routes';
import { buildOpenApi } from './http/openapi';
import { mountRoutes } from './http/mount';
import { notFound, problemHandler } from './http/problem';

export interface AppDependencies {
  context: ApiContext;
  /** The API token that uploads and curation require. */
  token: string;
  /** Folder of the built browser app. */
  clientDir: string;
  /** Check every JSON answer against its schema (tests). */
  validateResponses?: boolean;
  /** Where server errors are logged (stderr by default). */
  log?: (line: string) => void;
}

export const API_INFO = {
  title: 'Enlace API',
  version: '0.1.0',
  description:
    'Search, explore, question, correct and export the cooperation network that Enlace reads from press ' +
    'releases. Reads are open; uploads and curation need `Authorization: Bearer <token>`. Errors are ' +
    'problem details (RFC 9457).',
};

/** The OpenAPI document of this server's routes. */
export function openApiDocument(): object {
  return buildOpenApi(API_ROUTES, API_INFO);
}

export function createApp(deps: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });
  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(referenceRouter(openApiDocument));
  api.use(
    mountRoutes(API_ROUTES, {
      context: deps.context,
      token: deps.token,
      validateResponses: deps.validateResponses,
    }),
  );
  api.use(notFound);
  app.use('/api', api);
  app.use(express.static(deps.clientDir));
  app.use(problemHandler(deps.log));
  return app;
}
