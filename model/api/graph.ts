// GET /api/graph/neighborhood and GET /api/graph/overview: requests and responses. Filters shared by
// the graph views (labels, relationship types, a date range) are stated once here.
import { z } from 'zod';
import { CyElements, EntityId, EntityLabel, FactType } from './common';
import { DATE_RANGE_RULE, DateRangeParams } from './dates';

/**
 * A list in a query string, repeated (`?id=a&id=b`), comma-separated (`?id=a,b`) or both, of `min` to
 * `max` items.
 */
export function repeatedList<T extends z.ZodType>(item: T, min: number, max: number) {
  const split = (value: unknown): unknown[] =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [value];
  return z.preprocess(
    (value) =>
      Array.isArray(value) ? value.flatMap(split) : typeof value === 'string' ? split(value) : value,
    z.array(item).min(min).max(max),
  );
}

/** Filters of every graph view. */
export const GraphFilterParams = {
  labels: repeatedList(EntityLabel, 1, 5)
    .optional()
    .meta({ description: 'Only neighbours (entities) with one of these labels.' }),
  types: repeatedList(FactType, 1, 9)
    .optional()
    .meta({ description: 'Only relationships of these types (MENTIONED_IN is never part of a view).' }),
  ...DateRangeParams,
};

export const GRAPH_FILTER_RULE =
  'With `from`/`to`, a relationship is kept when one of the documents stating it, or the agreement it is ' +
  `about, is dated within the range. ${DATE_RANGE_RULE}`;

export const NEIGHBORHOOD_MAX_IDS = 20;
export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_MAX_LIMIT = 2000;

export const NeighborhoodQuery = z.object({
  id: repeatedList(EntityId, 1, NEIGHBORHOOD_MAX_IDS).meta({
    description: `The centres: 1 to ${NEIGHBORHOOD_MAX_IDS} entity ids (repeated or comma-separated).`,
  }),
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(NEIGHBORHOOD_MAX_DEPTH)
    .default(1)
    .meta({ description: `Steps from the centres, 1 to ${NEIGHBORHOOD_MAX_DEPTH}.` }),
  ...GraphFilterParams,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(NEIGHBORHOOD_MAX_LIMIT)
    .default(200)
    .meta({ description: `Most nodes in the answer, centres included (at most ${NEIGHBORHOOD_MAX_LIMIT}).` }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .meta({
      description:
        'Neighbours of each centre to skip per relationship type, strongest first: the next page of a hub ' +
        '(ask for one `types` to page that type).',
    }),
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuery>;

export const HiddenCount = z
  .object({
    id: z.string().meta({ description: 'An entity whose neighbours were expanded.' }),
    type: FactType,
    count: z.number().int().meta({ description: 'Its neighbours by this type left out of the answer.' }),
  })
  .meta({ id: 'HiddenCount' });
export type HiddenCount = z.infer<typeof HiddenCount>;

export const ElementTotals = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
});

export const Neighborhood = z
  .object({
    elements: CyElements.meta({
      description:
        'Nodes carry `degree` (relationships, MENTIONED_IN excluded) and `hidden` (neighbours matching ' +
        'the filters that are not in the answer).',
    }),
    centres: z.array(z.string()).meta({ description: 'The live ids of the centres (merged ids resolved).' }),
    truncated: z.boolean().meta({ description: 'The node cap left neighbours out.' }),
    hidden: z.array(HiddenCount),
    total: ElementTotals.meta({ description: 'Nodes and edges in the answer.' }),
  })
  .meta({ id: 'Neighborhood' });
export type Neighborhood = z.infer<typeof Neighborhood>;

export const OVERVIEW_MAX_LIMIT = 20_000;

export const OverviewQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(OVERVIEW_MAX_LIMIT)
    .default(2000)
    .meta({ description: `Most entities in the view (at most ${OVERVIEW_MAX_LIMIT.toLocaleString('en')}).` }),
  ...GraphFilterParams,
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const Overview = z
  .object({
    elements: CyElements.meta({
      description:
        'Nodes carry `degree` (relationships in the view), `community`, `pagerank`, `betweenness` (null ' +
        'on views too large for it) and a precomputed `position` {x, y}.',
    }),
    reduced: z.boolean().meta({ description: 'Only the most connected entities are shown.' }),
    hiddenNodes: z.number().int(),
    hiddenEdges: z.number().int(),
    total: ElementTotals.meta({ description: 'Entities and relationships matching the filters.' }),
    version: z.number().int().meta({ description: 'The graph version the view was computed at.' }),
    note: z.string().nullable(),
  })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof Overview>;
