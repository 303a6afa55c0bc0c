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
  // Every operation can fail with a problem: invalid input (400), no or wrong token (401/403),
  // unknown resource (404), too large (413), database down (503).
  responses.default = { description: 'A problem (RFC 9457).', content: problemContent };
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
