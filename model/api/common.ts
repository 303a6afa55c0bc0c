// Schemas the API's requests and responses share: entity summaries, evidence, problems, pages and
// Cytoscape elements. One zod schema per shape: the server validates with it and generates the
// OpenAPI document from it; the browser app imports the inferred types only.
import { z } from 'zod';
import { ENTITY_LABELS, FACT_TYPES, RELATIONSHIP_TYPES } from '../graph-schema';

/** Free text from a request: no NUL bytes (Neo4j and Lucene refuse them), bounded length. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
    .regex(/^[^\u0000]*$/, 'must not contain NUL characters');

/** A stable entity id such as "person:jose-antonio-gonzalez-anaya". */
export const EntityId = text(300).min(1).meta({
  description: 'Stable entity id (`<label>:<slug>`); old ids of merged entities still answer.',
  example: 'institution:instituto-mexicano-del-seguro-social',
});

export const EntityLabel = z.enum(ENTITY_LABELS).meta({ id: 'EntityLabel' });
export const FactType = z.enum(FACT_TYPES).meta({ id: 'FactType' });
export const RelationshipType = z.enum(RELATIONSHIP_TYPES).meta({ id: 'RelationshipType' });

/** ISO date, a year-month or a year, as documents state them. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ example: '2014-05-09' });

/**
 * A list in a query string: repeated (`?id=a&id=b`) or comma-separated (`?id=a,b`).
 * @example listParam(EntityId, 50).parse('a,b') // ['a', 'b']
 */
export function listParam<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item).max(max),
  );
}

/** Pagination of every list: `limit` (bounded) and `offset`. */
export function pageParams(defaultLimit: number, maxLimit: number) {
  return {
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxLimit)
      .default(defaultLimit)
      .meta({
        description: `Items per page (at most ${maxLimit}).`,
      }),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0).meta({
      description: 'Items to skip: the `nextOffset` of the previous page.',
    }),
  };
}

/** Page fields every list response carries. */
export const PageInfo = {
  total: z.number().int().meta({ description: 'Items matching, over all pages.' }),
  limit: z.number().int(),
  offset: z.number().int(),
  nextOffset: z.number().int().nullable().meta({ description: 'Offset of the next page; null on the last.' }),
};

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI naming the kind of problem (about:blank for plain HTTP).' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: 'What went wrong and what to do about it.' }),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Each invalid field of the request, for validation problems.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' });
export type Problem = z.infer<typeof Problem>;

/** What every list of entities shows of each one. */
export const EntitySummary = z
  .object({
    id: z.string(),
    label: EntityLabel,
    name: z.string(),
    aliases: z.array(z.string()),
    acronym: z.string().nullable(),
    kind: z.string().nullable(),
    date: z.string().nullable(),
  })
  .meta({ id: 'EntitySummary' });
export type EntitySummary = z.infer<typeof EntitySummary>;

export const DocumentRef = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    file: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'DocumentRef', description: 'A source document, as a citation names it.' });
export type DocumentRef = z.infer<typeof DocumentRef>;

/** One sentence that states a fact or mentions an entity, with its character span in the document. */
export const Evidence = z
  .object({
    text: z.string(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    document: DocumentRef,
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const PropertyValue = z.union([scalar, z.array(z.union([z.string(), z.number(), z.boolean()]))]);
export const Properties = z.record(z.string(), PropertyValue).meta({ id: 'Properties' });

/** Cytoscape.js elements JSON: `cy.add(elements)` takes it as it is. */
export const CyNode = z
  .object({
    data: z.looseObject({
      id: z.string(),
      label: z.string(),
      name: z.string(),
    }),
    position: z
      .object({ x: z.number(), y: z.number() })
      .optional()
      .meta({ description: 'Where to draw it, when the server laid the view out.' }),
  })
  .meta({ id: 'CyNode' });
export const CyEdge = z
  .object({
    data: z.looseObject({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: z.string(),
    }),
  })
  .meta({ id: 'CyEdge' });
export const CyElements = z
  .object({ nodes: z.array(CyNode), edges: z.array(CyEdge) })
  .meta({ id: 'CyElements', description: 'Cytoscape.js elements JSON.' });
export type CyNode = z.infer<typeof CyNode>;
export type CyEdge = z.infer<typeof CyEdge>;
export type CyElements = z.infer<typeof CyElements>;
