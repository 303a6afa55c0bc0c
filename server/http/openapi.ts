// The OpenAPI 3.1 document, generated from the routes' own schemas (zod-openapi): what is served at
// /api/openapi.json is what the server validates, by construction.
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { Problem } from '../../model/api/common';
import type { AnyRoute } from './route';

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
}

const problemContent = { 'application/problem+json': { schema: Problem } };

/** The problems an operation can answer with, from what it takes: listed, so that the document is exact. */
function problemStatuses(route: AnyRoute<unknown>): [number, string][] {
  const statuses: [number, string][] = [];
  if (route.query || route.params || route.body)
    statuses.push([400, 'The request is invalid; `errors` names each field.']);
  if (route.auth) {
    statuses.push([401, 'No API token was sent.'], [403, 'The API token is wrong.']);
  }
  if (route.params) statuses.push([404, 'Nothing has this id.']);
  if (route.body) {
    statuses.push(
      [413, 'The request body is too large.'],
      [415, 'The request body has the wrong media type.'],
    );
  }
  statuses.push([503, 'The graph database is not reachable; try again shortly.']);
  for (const [status, description] of Object.entries(route.problems ?? {})) {
    const index = statuses.findIndex(([s]) => s === Number(status));
    if (index >= 0) statuses.splice(index, 1);
    statuses.push([Number(status), description]);
  }
  return statuses.sort(([a], [b]) => a - b);
}

function operation(route: AnyRoute<unknown>): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const contentType = spec.contentType ?? 'application/json';
    const binary = () => z.string().meta({ format: 'binary' });
    const content = spec.content
      ? Object.fromEntries(
          Object.entries(spec.content).map(([type, schema]) => [type, { schema: schema ?? binary() }]),
        )
      : spec.schema || spec.contentType
        ? { [contentType]: { schema: spec.schema ?? binary() } }
        : undefined;
    responses[status] = {
      description: spec.description,
      ...(spec.headers ? { headers: spec.headers } : {}),
      ...(content ? { content } : {}),
    };
  }
  for (const [status, description] of problemStatuses(route)) {
    responses[status] ??= { description, content: problemContent };
  }
  const op: ZodOpenApiOperationObject = {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    responses,
  };
  const requestParams: NonNullable<ZodOpenApiOperationObject['requestParams']> = {};
  if (route.query) requestParams.query = route.query as z.ZodObject;
  if (route.params) requestParams.path = route.params as z.ZodObject;
  if (route.query || route.params) op.requestParams = requestParams;
  if (route.body) {
    const type = route.bodyType === 'multipart' ? 'multipart/form-data' : 'application/json';
    const schema = route.body as z.ZodType;
    op.requestBody = { required: true, content: { [type]: { schema } } };
  }
  if (route.auth) op.security = [{ bearerAuth: [] }];
  return op;
}

export function buildOpenApi(routes: readonly AnyRoute<unknown>[], info: OpenApiInfo): object {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[`/api${route.path}`] ??= {});
    (item as Record<string, ZodOpenApiOperationObject>)[route.method] = operation(route);
  }
  return createDocument({
    openapi: '3.1.0',
    info: { ...info },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The API token: ENLACE_API_TOKEN, or the one `enlace start` prints.',
        },
      },
    },
  });
}
