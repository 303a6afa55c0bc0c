// GET /api/documents and GET /api/documents/{id}: the sources, and one source with its text and the
// spans of every mention and evidence sentence (for reading it with its facts highlighted).
import { DocumentDetail, DocumentList, DocumentListQuery, DocumentParams } from '../../model/api/documents';
import { DATE_RANGE_RULE } from '../../model/api/dates';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { documentDetail, listDocuments } from '../services/documents';
import { apiRoute } from './context';

export const documentsRoute = apiRoute({
  method: 'get',
  path: '/documents',
  operationId: 'listDocuments',
  summary: 'The documents read, newest first',
  description:
    'Title, date, file, language, web address and place of issue of each document, with how many ' +
    'entities it mentions and how many facts it states. Filters: words of the title or part of the ' +
    `file name (q), language, entities it mentions, date range. ${DATE_RANGE_RULE} Undated documents ` +
    'come last.',
  tag: 'explore',
  query: DocumentListQuery,
  responses: { 200: { description: 'A page of documents.', schema: DocumentList } },
  handle: ({ query }, ctx) =>
    listDocuments(
      ctx.gateway,
      {
        q: query.q?.trim() ? query.q : undefined,
        lang: query.lang,
        entity: query.entity,
        from: query.from,
        to: query.to,
      },
      { limit: query.limit, offset: query.offset, timeoutMs: ctx.settings.readTimeoutMs },
    ),
});

export const documentRoute = apiRoute({
  method: 'get',
  path: '/documents/{id}',
  operationId: 'getDocument',
  summary: 'One document with its text, mentions and evidence spans',
  description:
    'Its metadata (with where it was read from), its text, every mention of an entity and every ' +
    'sentence stating a fact, as character spans into the text (`text.slice(start, end)`), in text order.',
  tag: 'explore',
  params: DocumentParams,
  responses: { 200: { description: 'The document.', schema: DocumentDetail } },
  async handle({ params }, ctx) {
    const detail = await documentDetail(ctx.gateway, params.id, { timeoutMs: ctx.settings.readTimeoutMs });
    if (detail) return detail;
    throw new HttpProblem(
      404,
      'Document not found',
      `No document has the id "${params.id}". List documents and their ids with GET /api/documents.`,
      { type: PROBLEM_TYPES.notFound },
    );
  },
});
