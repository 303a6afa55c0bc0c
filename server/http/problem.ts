// Errors as RFC 9457 problem details (application/problem+json), mapped once from named errors:
// handlers throw what went wrong, this module decides the status. Never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  DatabaseNotAnsweringError,
  DatabaseStoreError,
  DatabaseUnavailableError,
  QueryError,
  QueryMemoryError,
  QueryRefusedError,
  QueryTimeoutError,
  ReadOnlyViolationError,
} from '../db/errors';

export interface ProblemExtras {
  /** A URI naming the kind of problem; about:blank for plain HTTP ones. */
  type?: string;
  errors?: { path: string; message: string }[];
  headers?: Record<string, string>;
}

/** An error the API reports as it is: status, a short title and a message the user can act on. */
export class HttpProblem extends Error {
  readonly type: string;
  readonly errors: ProblemExtras['errors'];
  readonly headers: Record<string, string>;
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    extras: ProblemExtras = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
    this.type = extras.type ?? 'about:blank';
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }
}

/** Problem kinds clients branch on (the `type` member). */
export const PROBLEM_TYPES = {
  writeRefused: 'urn:enlace:problem:write-refused',
  queryTooCostly: 'urn:enlace:problem:query-too-costly',
  querySyntax: 'urn:enlace:problem:query-error',
  databaseUnavailable: 'urn:enlace:problem:database-unavailable',
  notFound: 'urn:enlace:problem:not-found',
  validation: 'urn:enlace:problem:invalid-request',
  curationConflict: 'urn:enlace:problem:curation-conflict',
} as const;

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpProblem(404, 'Not Found', `No API route for ${req.method} ${req.path}. See /api/docs.`));
};

/** Errors of Express's own middleware (body parsing, bad URL encoding) carry an HTTP status. */
function expressStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

const EXPRESS_MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is too large.',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'encoding.unsupported': 'The request body uses an unsupported content encoding.',
  'charset.unsupported': 'The request body uses an unsupported charset; send UTF-8.',
  'request.aborted': 'The request was aborted before its body arrived.',
};

/** Maps anything thrown to a problem; unknown errors become a 500 whose detail hides internals. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof DatabaseStoreError) {
    return new HttpProblem(
      503,
      'Database unavailable',
      'The graph database could not write to its store (most often a full disk) and refuses every ' +
        'request until it is restarted. Free disk space where it keeps its data, then restart Enlace.',
      { type: PROBLEM_TYPES.databaseUnavailable },
    );
  }
  if (error instanceof DatabaseUnavailableError) {
    return new HttpProblem(
      503,
      'Database unavailable',
      error instanceof DatabaseNotAnsweringError
        ? `The graph database did not answer within ${error.timeoutMs / 1000} s: it is frozen or overloaded. ` +
            'Enlace goes on by itself once it answers again; try again in a moment.'
        : 'The graph database is not reachable right now. Enlace reconnects by itself; try again in a moment.',
      { type: PROBLEM_TYPES.databaseUnavailable, headers: { 'Retry-After': '5' } },
    );
  }
  if (error instanceof QueryRefusedError) {
    return new HttpProblem(403, 'Query refused', error.message, { type: PROBLEM_TYPES.writeRefused });
  }
  if (error instanceof ReadOnlyViolationError) {
    return new HttpProblem(403, 'Write refused', 'Only read queries are allowed here.', {
      type: PROBLEM_TYPES.writeRefused,
    });
  }
  if (error instanceof QueryTimeoutError || error instanceof QueryMemoryError) {
    return new HttpProblem(422, 'Query too costly', error.message, { type: PROBLEM_TYPES.queryTooCostly });
  }
  if (error instanceof QueryError) {
    return new HttpProblem(400, 'Query error', error.message, { type: PROBLEM_TYPES.querySyntax });
  }
  const status = expressStatus(error);
  if (status !== undefined) {
    const kind = (error as { type?: string }).type ?? '';
    const detail =
      EXPRESS_MESSAGES[kind] ?? (error instanceof URIError ? 'The URL is not validly encoded.' : undefined);
    return new HttpProblem(
      status,
      status === 413 ? 'Payload Too Large' : 'Bad Request',
      detail ?? 'Bad request.',
    );
  }
  if (error instanceof URIError)
    return new HttpProblem(400, 'Bad Request', 'The URL is not validly encoded.');
  return new HttpProblem(
    500,
    'Internal Server Error',
    'Enlace failed to answer this request; see the server log.',
  );
}

export function problemHandler(log: (line: string) => void = (line) => process.stderr.write(line + '\n')) {
  const handler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const problem = toProblem(error);
    if (problem.status >= 500 && problem.status !== 503) {
      log(
        `enlace: ${req.method} ${req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    res.set(problem.headers);
    res
      .status(problem.status)
      .type('application/problem+json')
      .json({
        type: problem.type,
        title: problem.title,
        status: problem.status,
        detail: problem.message,
        instance: req.originalUrl,
        ...(problem.errors ? { errors: problem.errors } : {}),
      });
  };
  return handler;
}
