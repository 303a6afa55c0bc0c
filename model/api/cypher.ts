// POST /api/cypher and GET /api/cypher/examples: request and response.
import { z } from 'zod';
import { CyElements, text } from './common';

/** Parameters nest at most this deep (lists of maps of lists…). */
export const MAX_PARAM_DEPTH = 32;

/** How deeply a JSON value nests, without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_PARAM_DEPTH) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

export const CypherParams = z
  .record(z.string(), z.unknown())
  .refine((params) => depthOf(params) <= MAX_PARAM_DEPTH, {
    message: `must not nest more than ${MAX_PARAM_DEPTH} levels deep`,
  })
  .meta({
    description:
      "Values of the query's $parameters. Whole numbers are sent as integers (so `LIMIT $n` works).",
    example: { acronym: 'IMSS' },
  });

export const CypherRequest = z.object({
  query: text(100_000)
    .min(1)
    .meta({
      description:
        'One read-only Cypher statement. Writes, LOAD CSV, administration commands and procedures outside ' +
        'db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* and the full-text queries are refused.',
      example: 'MATCH (i:Institution {acronym: $acronym})-[r]-(x) RETURN i, r, x LIMIT 25',
    }),
  params: CypherParams.default({}),
  limit: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .meta({ description: "Most rows returned (at most the server's row cap, 10,000 by default)." }),
});
export type CypherRequest = z.input<typeof CypherRequest>;

export const CypherPosition = z
  .object({
    offset: z.number().int().meta({ description: 'From 0.' }),
    line: z.number().int().meta({ description: 'From 1.' }),
    column: z.number().int().meta({ description: 'From 1.' }),
  })
  .meta({ id: 'CypherPosition', description: 'Where in the query as sent.' });

export const CypherNotification = z
  .object({
    code: z.string().meta({ example: 'Neo.ClientNotification.Statement.UnknownLabelWarning' }),
    title: z.string(),
    description: z.string(),
    severity: z.string().meta({ description: 'WARNING, INFORMATION or UNKNOWN.' }),
    position: CypherPosition.optional(),
  })
  .meta({ id: 'CypherNotification', description: "A warning or hint from Neo4j's planner." });
export type CypherNotification = z.infer<typeof CypherNotification>;

export const CypherResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())).meta({
      description:
        'One object per row, keyed by column. Nodes are `{ elementId, labels, properties }`, relationships ' +
        '`{ elementId, type, startNodeElementId, endNodeElementId, properties }`, paths `{ nodes, relationships }`; ' +
        'temporal values are ISO strings, integers beyond 2^53 and NaN/Infinity strings.',
    }),
    truncated: z.boolean().meta({ description: 'More rows existed than `limit` (or the row cap).' }),
    elements: CyElements.meta({
      description: 'The nodes and relationships found in the rows (with the ends of every relationship).',
    }),
    notifications: z.array(CypherNotification),
    queryType: z.enum(['r', 'rw', 'w', 's']).meta({ description: "Neo4j's query type; always 'r' here." }),
    elapsedMs: z.number().int(),
  })
  .meta({ id: 'CypherResult' });
export type CypherResult = z.infer<typeof CypherResult>;

export const CypherExample = z
  .object({
    title: z.string(),
    description: z.string(),
    query: z.string(),
    params: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'CypherExample' });
export type CypherExample = z.infer<typeof CypherExample>;

export const CypherExamples = z.object({ items: z.array(CypherExample) }).meta({ id: 'CypherExamples' });
export type CypherExamples = z.infer<typeof CypherExamples>;
