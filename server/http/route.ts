// One API operation as data: method, path, schemas of its input and of each response, and a handler.
// The same object mounts the Express route (validating its input) and writes its OpenAPI entry,
// so the reference and the behaviour cannot drift apart.
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { HttpProblem } from './problem';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  /** Body schema; none for bodies that are files or streams (then `contentType` says what comes). */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
  /**
   * Several media types (a file in the format asked for): each with its schema, or undefined for a
   * binary body. Takes the place of `schema` and `contentType`.
   */
  content?: Record<string, z.ZodType | undefined>;
  /** Response headers, one schema per header (with `.meta({ description })`). */
  headers?: z.ZodObject;
}

export interface RouteInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
}

/** A handler's answer: a body for the route's first 2xx status, or an explicit status and headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** The handler wrote the response itself (files, event streams). */
export const HANDLED = Symbol('handled');

export interface RouteSpec<Ctx, Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: Method;
  /** OpenAPI style, under /api: "/entities/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Needs `Authorization: Bearer <token>` (uploads and curation). */
  auth?: boolean;
  query?: Q;
  params?: P;
  body?: B;
  /** JSON unless said otherwise; multipart bodies are parsed by the route's own middleware. */
  bodyType?: 'json' | 'multipart';
  responses: Record<number, ResponseSpec>;
  /**
   * Problems this operation answers beyond those its inputs imply (400, 401/403, 404 for path ids, 413/415,
   * 503 are listed for it already), each with what it means here.
   * @example problems: { 409: 'A later edit changed the same entities.' }
   */
  problems?: Record<number, string>;
  handle(
    input: RouteInput<z.output<Q>, z.output<P>, z.output<B>>,
    ctx: Ctx,
    http: { req: Request; res: Response },
  ): Promise<unknown>;
}

// Routes of any input shapes, as the registry holds them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute<Ctx> = RouteSpec<Ctx, any, any, any>;

/**
 * Declares an operation with its input types inferred from its schemas.
 * @example defineRoute<ApiContext>()({ method: 'get', path: '/search', query: SearchQuery, … })
 */
export function defineRoute<Ctx>() {
  return <
    Q extends z.ZodType = z.ZodUndefined,
    P extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
  >(
    spec: RouteSpec<Ctx, Q, P, B>,
  ): RouteSpec<Ctx, Q, P, B> => spec;
}

/** "/entities/{id}" -> "/entities/:id" */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The status a plain (non-Reply) answer is sent with: the route's first 2xx. */
export function successStatus<Ctx>(route: AnyRoute<Ctx>): number {
  const status = Object.keys(route.responses)
    .map(Number)
    .find((s) => s >= 200 && s < 300);
  if (status === undefined) throw new Error(`route ${route.operationId}: no 2xx response declared`);
  return status;
}

/** Parses one part of the request, turning zod's issues into a 400 that names each field. */
export function parsePart<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  where: string,
): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = errors[0]!;
  throw new HttpProblem(
    400,
    'Invalid request',
    `${first.path}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`,
    { errors },
  );
}
