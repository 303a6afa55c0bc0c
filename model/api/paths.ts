// GET /api/paths: the shortest chains of relationships between two entities.
import { z } from 'zod';
import { CyElements, EntityId } from './common';
import { GraphFilterParams } from './graph';

export const PATHS_MAX_LENGTH = 6;
export const PATHS_MAX_LIMIT = 20;

export const PathsQuery = z.object({
  from: EntityId.meta({ description: 'Entity id where the paths start.' }),
  to: EntityId.meta({ description: 'Entity id where they end (another entity).' }),
  maxLength: z.coerce
    .number()
    .int()
    .min(1)
    .max(PATHS_MAX_LENGTH)
    .default(4)
    .meta({ description: `Most relationships in a path, 1 to ${PATHS_MAX_LENGTH}.` }),
  types: GraphFilterParams.types,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PATHS_MAX_LIMIT)
    .default(5)
    .meta({ description: `Most paths (ties of the same length), at most ${PATHS_MAX_LIMIT}.` }),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const GraphPath = z
  .object({
    nodes: z.array(z.string()).meta({ description: 'Entity ids, from the start to the end.' }),
    edges: z.array(z.string()).meta({ description: 'Relationship ids, in the same order.' }),
    length: z.number().int(),
  })
  .meta({ id: 'GraphPath' });
export type GraphPath = z.infer<typeof GraphPath>;

export const Paths = z
  .object({
    elements: CyElements.meta({ description: 'Every node and edge of the paths, once.' }),
    paths: z.array(GraphPath).meta({ description: 'All shortest paths (up to `limit`), in a stable order.' }),
    found: z.boolean(),
    total: z
      .number()
      .int()
      .meta({ description: 'Shortest paths found, before `limit` (at most 1,000 counted).' }),
    note: z.string().nullable().meta({ description: 'Why nothing was found, or that paths were left out.' }),
  })
  .meta({ id: 'Paths' });
export type Paths = z.infer<typeof Paths>;
