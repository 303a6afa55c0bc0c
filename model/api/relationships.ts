// GET /api/relationships/{id}: one fact by its stable id, with every sentence that states it.
import { z } from 'zod';
import { DocumentRef, EntitySummary, Evidence, FactType, Properties, text } from './common';

export const RelationshipParams = z.object({
  id: text(1000).min(1).meta({
    description: 'Stable relationship id `from|TYPE|to` (`|post` added for HOLDS_ROLE), URL-encoded.',
    example: 'person:jose-antonio-gonzalez-anaya|SIGNED|agreement:imss-isss',
  }),
});

export const RelationshipQuery = z.object({
  evidenceLimit: z.coerce
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(500)
    .meta({ description: 'Most evidence sentences returned (at most 5000); `evidenceTotal` counts all.' }),
});

export const RelationshipDetail = z
  .object({
    id: z.string(),
    type: FactType,
    from: EntitySummary,
    to: EntitySummary,
    role: z.string().nullable(),
    properties: Properties.meta({
      description: 'Other properties (for SIGNED_WITH: `agreements`, their ids).',
    }),
    evidence: z.array(Evidence).meta({ description: 'The sentences that state it, by document.' }),
    evidenceTotal: z.number().int(),
    sources: z.array(DocumentRef).meta({ description: 'The documents that state it, oldest first.' }),
    rules: z.array(z.string()).meta({ description: 'The extraction rules that produced it.' }),
  })
  .meta({ id: 'RelationshipDetail' });
export type RelationshipDetail = z.infer<typeof RelationshipDetail>;
