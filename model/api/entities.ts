// GET /api/entities/{id}: one entity with its posts, agreements, mentions and relations, each with the
// sentences that state it.
import { z } from 'zod';
import { AgreementSummary } from './agreements';
import { DocumentRef, EntityId, EntitySummary, Evidence, FactType, Properties } from './common';

export const EntityParams = z.object({ id: EntityId });

export const ENTITY_LIST_MAX = 1000;

export const EntityQuery = z.object({
  relationsLimit: z.coerce
    .number()
    .int()
    .min(0)
    .max(ENTITY_LIST_MAX)
    .default(200)
    .meta({
      description:
        `Most items in each list of the answer (relations, roles, agreements, mentions; at most ${ENTITY_LIST_MAX}). ` +
        'The totals say how many exist; the strongest (stated by most documents) come first.',
    }),
  follow: z
    .enum(['true', 'false'])
    .default('false')
    .meta({
      description:
        'For an id merged into another: `true` answers with the surviving entity (and `redirectedFrom`) ' +
        'instead of a 308 redirect.',
    }),
});

export const Role = z
  .object({
    role: z
      .string()
      .nullable()
      .meta({ description: 'The post as written ("Director General"); null when unstated.' }),
    person: EntitySummary,
    institution: EntitySummary,
    firstSeen: z.string().nullable().meta({ description: 'Earliest date of the documents stating it.' }),
    lastSeen: z.string().nullable().meta({ description: 'Latest date of the documents stating it.' }),
    relationshipId: z.string(),
    evidence: z.array(Evidence),
  })
  .meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const Involvement = z.enum(['party', 'signer', 'witness', 'venue']);

export const EntityAgreement = AgreementSummary.extend({
  involvement: z
    .array(Involvement)
    .meta({ description: 'How this entity takes part: party, signer, witness, or venue (held at it).' }),
}).meta({ id: 'EntityAgreement' });
export type EntityAgreement = z.infer<typeof EntityAgreement>;

export const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const Mention = z
  .object({
    document: DocumentRef,
    spans: z.array(Span).meta({ description: 'Character spans of each mention in the document text.' }),
  })
  .meta({ id: 'Mention' });

export const Relation = z
  .object({
    id: z.string().meta({ description: 'Stable relationship id: GET /api/relationships/{id}.' }),
    type: FactType,
    direction: z.enum(['out', 'in']),
    other: EntitySummary,
    role: z.string().nullable(),
    evidence: z.array(Evidence).meta({ description: 'The first sentences stating it (see evidenceCount).' }),
    evidenceCount: z.number().int().meta({ description: 'All sentences stating it.' }),
    sourceCount: z.number().int().meta({ description: 'Documents stating it.' }),
  })
  .meta({ id: 'Relation' });
export type Relation = z.infer<typeof Relation>;

export const EntityDetail = z
  .object({
    entity: EntitySummary,
    properties: Properties.meta({ description: 'Its other properties (title, …).' }),
    degree: z.object({
      total: z.number().int().meta({ description: 'Fact relationships (MENTIONED_IN excluded).' }),
      byType: z
        .record(z.string(), z.number().int())
        .meta({ description: 'Per relationship type, when not 0.' }),
    }),
    roles: z.array(Role).meta({ description: 'Posts held (a person) or posts in it (an institution).' }),
    rolesTotal: z.number().int(),
    agreement: AgreementSummary.nullable().meta({ description: 'For an agreement: itself, summarised.' }),
    agreements: z.array(EntityAgreement).meta({ description: 'Agreements it takes part in, by date.' }),
    agreementsTotal: z.number().int(),
    mentions: z.array(Mention).meta({ description: 'Documents that mention it, newest first.' }),
    mentionsTotal: z.number().int(),
    relations: z.array(Relation),
    relationsTotal: z.number().int(),
    redirectedFrom: z
      .string()
      .optional()
      .meta({ description: 'The merged-away id asked for (`follow=true`).' }),
  })
  .meta({ id: 'EntityDetail' });
export type EntityDetail = z.infer<typeof EntityDetail>;

export const EntityRedirect = z
  .object({
    id: z.string().meta({ description: 'The surviving id.' }),
    redirectedFrom: z.string(),
    location: z.string(),
  })
  .meta({ id: 'EntityRedirect' });
export type EntityRedirect = z.infer<typeof EntityRedirect>;
