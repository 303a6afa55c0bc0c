// Errors as RFC 9457 problem details (application/problem+json), mapped once from named errors.
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** An error the API reports as it is: status, a short title and a message for the user. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpProblem(404, 'Not Found', `No API route for ${req.method} ${req.path}`));
};

export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const problem =
    error instanceof HttpProblem
      ? error
      : new HttpProblem(500, 'Internal Server Error', error instanceof Error ? error.message : String(error));
  res.status(problem.status).type('application/problem+json').json({
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance: req.originalUrl,
  });
};
