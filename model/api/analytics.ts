// GET /api/analytics and GET /api/stats: metrics of the entity graph and counts of what it holds.
import { z } from 'zod';
import { EntityId, pageParams } from './common';
import { repeatedList } from './graph';

export const METRIC_NAMES = ['degree', 'betweenness', 'pagerank', 'community'] as const;

export const AnalyticsQuery = z.object({
  ids: repeatedList(EntityId, 1, 2000)
    .optional()
    .meta({ description: 'Compute over the subgraph among these entities only (at most 2,000).' }),
  metrics: repeatedList(z.enum(METRIC_NAMES), 1, 4)
    .optional()
    .meta({ description: 'Metrics to compute (default all); the others are null.' }),
  ...pageParams(1000, 10_000),
});
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

export const NodeMetrics = z
  .object({
    id: z.string(),
    degree: z.number().int().nullable().meta({ description: 'Fact relationships (MENTIONED_IN excluded).' }),
    betweenness: z.number().nullable().meta({ description: 'Normalised betweenness centrality.' }),
    pagerank: z.number().nullable(),
    community: z.number().int().nullable().meta({ description: 'Louvain community (0 is the largest).' }),
  })
  .meta({ id: 'NodeMetrics' });

export const CommunitySummary = z
  .object({
    id: z.number().int(),
    size: z.number().int(),
    label: z.string().meta({ description: 'The name of its member with the highest PageRank.' }),
  })
  .meta({ id: 'CommunitySummary' });

export const COMMUNITIES_LISTED = 200;

export const Analytics = z
  .object({
    version: z.number().int().meta({ description: 'The graph version the metrics were computed at.' }),
    nodes: z.array(NodeMetrics).meta({ description: 'Highest PageRank (then degree, then id) first.' }),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    nextOffset: z.number().int().nullable(),
    communities: z
      .array(CommunitySummary)
      .meta({ description: `The largest communities first (at most ${COMMUNITIES_LISTED}).` }),
    communityCount: z.number().int(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Analytics' });
export type Analytics = z.infer<typeof Analytics>;

const counts = z.record(z.string(), z.number().int());

export const Stats = z
  .object({
    entities: counts.meta({ description: 'Entities per label.' }),
    relationships: counts.meta({ description: 'Relationships per type (MENTIONED_IN included).' }),
    documents: z.number().int(),
    agreements: z.object({
      dated: z.number().int(),
      undated: z.number().int(),
      firstDate: z.string().nullable(),
      lastDate: z.string().nullable(),
    }),
  })
  .meta({ id: 'Stats' });
export type Stats = z.infer<typeof Stats>;
