// GET /api/health: response.
import { z } from 'zod';
import { IngestState } from './jobs';

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      connected: z.boolean(),
      mode: z.enum(['embedded', 'external']),
      uri: z.string(),
      version: z.string().optional(),
      edition: z.string().optional(),
      nodes: z.number().int().optional(),
      relationships: z.number().int().optional(),
      error: z.string().optional(),
    }),
    ingest: IngestState,
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
