// Mounts routes on an Express router: token check, input validation, the handler, and (when asked)
// validation of the answer against the route's response schema, so tests catch a drifting contract.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { assertToken } from './auth';
import { HttpProblem } from './problem';
import { HANDLED, Reply, expressPath, parsePart, successStatus, type AnyRoute } from './route';

export interface MountOptions<Ctx> {
  context: Ctx;
  token: string;
  /** Check each JSON answer against its schema (tests and development). */
  validateResponses?: boolean;
}

function assertJsonBody(req: Request): void {
  const length = Number(req.get('content-length') ?? 0);
  const chunked = req.get('transfer-encoding') !== undefined;
  if ((length > 0 || chunked) && !req.is('application/json')) {
    throw new HttpProblem(415, 'Unsupported Media Type', 'Send the request body as application/json.');
  }
}

export function mountRoutes<Ctx>(routes: readonly AnyRoute<Ctx>[], options: MountOptions<Ctx>): Router {
  const router = Router();
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methodsByPath.set(route.path, methods.add(route.method.toUpperCase()));
    const status = successStatus(route);
    router[route.method](expressPath(route.path), async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (route.auth) assertToken(req, options.token);
        if (route.body && route.bodyType !== 'multipart') assertJsonBody(req);
        const input = {
          query: parsePart(route.query, req.query, 'query'),
          params: parsePart(route.params, req.params, 'path'),
          body: route.bodyType === 'multipart' ? undefined : parsePart(route.body, req.body, 'body'),
        };
        const answer = await route.handle(input, options.context, { req, res });
        if (answer === HANDLED) return;
        const reply = answer instanceof Reply ? answer : new Reply(status, answer);
        const schema = route.responses[reply.status]?.schema;
        if (options.validateResponses && schema) {
          const checked = schema.safeParse(reply.body);
          if (!checked.success) {
            throw new Error(
              `response of ${route.operationId} (${reply.status}) breaks its schema: ${checked.error.message}`,
            );
          }
        }
        res.set(reply.headers).status(reply.status);
        if (reply.body === undefined) res.end();
        else res.json(reply.body);
      } catch (error) {
        next(error);
      }
    });
  }
  // A known path asked with a method it does not have: 405 with the methods it has.
  for (const [path, methods] of methodsByPath) {
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].join(', ');
    router.all(expressPath(path), (req, _res, next) => {
      next(
        new HttpProblem(405, 'Method Not Allowed', `${req.method} is not supported here; use ${allow}.`, {
          headers: { Allow: allow },
        }),
      );
    });
  }
  return router;
}
