// Errors of the services behind /api/cypher and /api/export as problems naming the request field.
import { AmbiguousEntityError, EntityNotFoundError } from '../services/entity-lookup';
import { SelectionError } from '../services/export-selection';
import { QueryError, QueryMemoryError, QueryRefusedError, QueryTimeoutError } from '../db/errors';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { Problem } from '../../model/api/common';

/** A documented problem answer of a route. */
export const problemResponse = (description: string) => ({
  description,
  schema: Problem,
  contentType: 'application/problem+json',
});

export const AMBIGUOUS_ENTITY = 'urn:enlace:problem:ambiguous-entity';

/**
 * A problem for what the services throw; anything else (refusals, timeouts, database down) is left
 * to the shared mapping.
 * @example throw requestProblem(error, 'body')
 */
export function requestProblem(error: unknown, where: 'query' | 'body'): unknown {
  if (error instanceof EntityNotFoundError) {
    return new HttpProblem(404, 'Entity not found', error.message, { type: PROBLEM_TYPES.notFound });
  }
  if (error instanceof AmbiguousEntityError) {
    return new HttpProblem(409, 'Ambiguous entity', error.message.replace(/:\n[\s\S]*$/, '.'), {
      type: AMBIGUOUS_ENTITY,
      errors: error.candidates.map((c) => ({
        path: `${where}.around`,
        message: `candidate ${c.id}: ${c.label} ${c.name}`,
      })),
    });
  }
  if (error instanceof SelectionError) {
    return new HttpProblem(400, 'Invalid request', error.message, {
      type: PROBLEM_TYPES.validation,
      errors: [{ path: where, message: error.message }],
    });
  }
  const costly = error instanceof QueryTimeoutError || error instanceof QueryMemoryError;
  if (error instanceof QueryError && !(error instanceof QueryRefusedError) && !costly) {
    return new HttpProblem(400, 'Query error', error.message, {
      type: PROBLEM_TYPES.querySyntax,
      errors: [{ path: `${where}.query`, message: error.message }],
    });
  }
  return error;
}
