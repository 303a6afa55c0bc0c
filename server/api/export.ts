// GET|POST /api/export: a subgraph with the provenance of its facts, as a file for Gephi, yEd,
// Cytoscape or a report. GET chooses by ids or neighbourhood; POST also by a read-only query.
import { z } from 'zod';
import { ExportBody, ExportQuery } from '../../model/api/export';
import { EXPORT_FORMATS } from '../export';
import { HANDLED } from '../http/route';
import { buildExport, exportFile, type ExportRequest } from '../services/export';
import { apiRoute, type ApiContext } from './context';
import { problemResponse, requestProblem } from './query-problem';
import type { Response } from 'express';

const mediaTypes = [...new Set(Object.values(EXPORT_FORMATS).map((f) => f.mediaType))];
const jsonFile = z.record(z.string(), z.unknown());

const responses = {
  200: {
    description: 'The file, as an attachment named after its title.',
    content: Object.fromEntries(mediaTypes.map((t) => [t, t === 'application/json' ? jsonFile : undefined])),
    headers: z.object({
      'Content-Disposition': z.string().meta({ description: 'attachment; filename="…"' }),
      'X-Enlace-Truncated': z
        .enum(['true', 'false'])
        .meta({ description: 'A node or row cap left part of the selection out.' }),
      'X-Enlace-Nodes': z.string().meta({ description: 'Nodes in the file.' }),
      'X-Enlace-Relationships': z.string().meta({ description: 'Relationships in the file.' }),
    }),
  },
  400: problemResponse('The selection is not one of ids, around or query, or the query does not parse.'),
  403: problemResponse('The query is not read-only.'),
  404: problemResponse('An id or name matches no entity.'),
  409: problemResponse('A name matches several entities; the candidates are listed with their ids.'),
  422: problemResponse('The query ran out of time or memory.'),
};

async function send(
  request: ExportRequest,
  ctx: ApiContext,
  res: Response,
  where: 'query' | 'body',
): Promise<typeof HANDLED> {
  let built;
  try {
    built = await buildExport(ctx.gateway, request, {
      timeoutMs: ctx.settings.queryTimeoutMs,
      maxRows: ctx.settings.maxRows,
    });
  } catch (error) {
    throw requestProblem(error, where);
  }
  const file = exportFile(built.content, request.format);
  const text = typeof file.body === 'string';
  res
    .status(200)
    .set({
      'Content-Type': text ? `${file.mediaType}; charset=utf-8` : file.mediaType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Enlace-Truncated': String(built.truncated),
      'X-Enlace-Nodes': String(built.content.graph.nodes.length),
      'X-Enlace-Relationships': String(built.content.graph.relationships.length),
    })
    .end(text ? file.body : Buffer.from(file.body));
  return HANDLED;
}

const DESCRIPTION =
  'Every node with its name, type, aliases and sources; every relationship with its type, role, evidence ' +
  'sentences and the documents that state it, by id, title, date and file. GraphML and GEXF label nodes by ' +
  'name (Gephi and yEd show names) and escape any text; csv is a zip of nodes.csv and edges.csv with ' +
  "Gephi's Id/Label and Source/Target columns.";

export const exportRoute = apiRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportGraph',
  summary: 'Export a subgraph by ids or neighbourhood',
  description: DESCRIPTION,
  tag: 'export',
  query: ExportQuery,
  responses,
  handle: ({ query }, ctx, { res }) => send(query, ctx, res, 'query'),
});

export const exportByQueryRoute = apiRoute({
  method: 'post',
  path: '/export',
  operationId: 'exportGraphByQuery',
  summary: 'Export a subgraph by ids, neighbourhood or read-only query',
  description: `${DESCRIPTION} A query follows the rules of POST /api/cypher.`,
  tag: 'export',
  body: ExportBody,
  responses,
  handle: ({ body }, ctx, { res }) => send(body, ctx, res, 'body'),
});
