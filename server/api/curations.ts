// Curation: POST /api/curations (make an edit), GET /api/curations (the log, newest first),
// GET /api/curations/{id}, POST /api/curations/{id}/undo. Writes need the token; reads do not.
import {
  Curation,
  CurationAnswer,
  CurationCreated,
  CurationIdParams,
  CurationListQuery,
  CurationPage,
  CurationRequest,
  UndoRequest,
} from '../../model/api/curation';
import { bearerToken, tokenFingerprint } from '../http/auth';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { createCuration, getCuration, listCurations, toCuration, undoCuration } from '../services/curation';
import { apiRoute } from './context';

const TAG = 'curation';

export const createCurationRoute = apiRoute({
  method: 'post',
  path: '/curations',
  operationId: 'createCuration',
  summary: 'Correct the graph',
  description:
    'One edit, chosen by `op`: `merge` two entities (the other id then redirects to the survivor), ' +
    '`rename` (the old name stays as an alias), `add-alias`, `remove-alias`, `split-alias` (the alias ' +
    'becomes an entity with the mentions and sentences that name it so), `relabel`, `delete-relationship`, ' +
    '`restore-relationship`. Every edit needs a `note` saying why; it is recorded with the time and the ' +
    "token's fingerprint, written to the curation file, re-applied after every ingest, and can be undone. " +
    'Unknown ids answer 404; an edit that would change nothing, 409.',
  tag: TAG,
  auth: true,
  body: CurationRequest,
  responses: { 201: { description: 'The recorded edit and the entity it left.', schema: CurationCreated } },
  problems: {
    404: 'An entity or relationship the edit names does not exist (or no deletion of it is in effect).',
    409: 'The edit would change nothing, or conflicts with the graph (e.g. a merge across labels).',
  },
  handle: ({ body }, ctx, { req }) =>
    createCuration(ctx.gateway, ctx.curations, body, tokenFingerprint(bearerToken(req) ?? '')),
});

export const listCurationsRoute = apiRoute({
  method: 'get',
  path: '/curations',
  operationId: 'listCurations',
  summary: 'The curation log',
  description:
    'Every edit, newest first, undone ones included (`undone: true`); `entity` keeps those that touched it.',
  tag: TAG,
  query: CurationListQuery,
  responses: { 200: { description: 'A page of edits.', schema: CurationPage } },
  handle: ({ query }, ctx) => listCurations(ctx.gateway, query),
});

export const getCurationRoute = apiRoute({
  method: 'get',
  path: '/curations/{id}',
  operationId: 'getCuration',
  summary: 'One edit',
  tag: TAG,
  params: CurationIdParams,
  responses: { 200: { description: 'The edit.', schema: Curation } },
  async handle({ params }, ctx) {
    const state = await getCuration({ run: (q, p) => ctx.gateway.read(q, p) }, params.id);
    if (!state) {
      throw new HttpProblem(
        404,
        'Not Found',
        `No curation has the id "${params.id}". GET /api/curations lists them.`,
        {
          type: PROBLEM_TYPES.notFound,
        },
      );
    }
    return toCuration(state);
  },
});

export const undoCurationRoute = apiRoute({
  method: 'post',
  path: '/curations/{id}/undo',
  operationId: 'undoCuration',
  summary: 'Undo an edit',
  description:
    'Puts back what the edit touched exactly as it was before, and stops re-applying it after ingests. ' +
    'Refused (409) while a later edit in effect changed the same entities or relationship (undo that one ' +
    'first: the problem names it).',
  tag: TAG,
  auth: true,
  params: CurationIdParams,
  body: UndoRequest,
  responses: { 200: { description: 'The edit, now undone.', schema: CurationAnswer } },
  problems: {
    409: 'It cannot be undone exactly: a later edit still in effect, or documents loaded since, touch the same entities.',
  },
  handle: ({ params, body }, ctx, { req }) =>
    undoCuration(ctx.gateway, ctx.curations, params.id, body.note, tokenFingerprint(bearerToken(req) ?? '')),
});
