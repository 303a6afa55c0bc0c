// Errors of the query services as problems naming the request field.
import { QueryError, QueryMemoryError, QueryRefusedError, QueryTimeoutError } from '../db/errors';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { Problem } from '../../model/api/common';

/** A documented problem answer of a route. */
export const problemResponse = (description: string) => ({
  description,
  schema: Problem,
  contentType: 'application/problem+json',
});

/**
 * A problem for what the services throw; anything else (refusals, timeouts, database down) is left
 * to the shared mapping.
 * @example throw requestProblem(error, 'body')
 */
export function requestProblem(error: unknown, where: 'query' | 'body'): unknown {
  const costly = error instanceof QueryTimeoutError || error instanceof QueryMemoryError;
  if (error instanceof QueryError && !(error instanceof QueryRefusedError) && !costly) {
    return new HttpProblem(400, 'Query error', error.message, {
      type: PROBLEM_TYPES.querySyntax,
      errors: [{ path: `${where}.query`, message: error.message }],
    });
  }
  return error;
}
