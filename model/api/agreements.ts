// GET /api/agreements and GET /api/agreements/timeline: requests and responses, and the summary of an
// agreement that entity pages reuse.
import { z } from 'zod';
import { DocumentRef, EntityId, EntitySummary, PageInfo, listParam, pageParams, text } from './common';
import { DateRangeParams } from './dates';

export const AgreementSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string().nullable(),
    date: z
      .string()
      .nullable()
      .meta({ description: 'As the sources state it: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    parties: z.array(EntitySummary).meta({ description: 'Institutions party to it (PARTY_TO).' }),
    signers: z.array(EntitySummary).meta({ description: 'People who signed it (SIGNED).' }),
    witnesses: z.array(EntitySummary).meta({ description: 'Witnesses of the signing (WITNESSED_BY).' }),
    heldAt: z.array(EntitySummary).meta({ description: 'Where, or during which event (HELD_AT).' }),
    sources: z.array(DocumentRef).meta({ description: 'The documents that report it, oldest first.' }),
  })
  .meta({ id: 'AgreementSummary' });
export type AgreementSummary = z.infer<typeof AgreementSummary>;

/** Filters shared by the list and the timeline. */
export const AgreementFilterParams = {
  institution: listParam(EntityId, 10)
    .optional()
    .meta({ description: 'Institution ids: agreements every one of them is party to.' }),
  person: listParam(EntityId, 10)
    .optional()
    .meta({ description: 'Person ids: agreements every one of them signed or witnessed.' }),
  place: listParam(EntityId, 10)
    .optional()
    .meta({
      description:
        'Place or event ids: agreements held at each, directly or at a venue, city or event within it ' +
        '(up to three LOCATED_IN/HELD_AT steps).',
    }),
  ...DateRangeParams,
  kind: listParam(text(100).min(1), 10)
    .optional()
    .meta({ description: 'Agreement kinds (convenio, acuerdo, memorando…): any of them.' }),
  q: text(200).optional().meta({
    description: 'Words of the name or title, accent-insensitive, each whole or as the start of a word.',
  }),
};

export const AgreementListQuery = z.object({
  ...AgreementFilterParams,
  order: z
    .enum(['asc', 'desc'])
    .default('asc')
    .meta({ description: 'By date, oldest first (asc) or newest first (desc); undated last either way.' }),
  ...pageParams(50, 500),
});

export const AgreementList = z
  .object({ items: z.array(AgreementSummary), ...PageInfo })
  .meta({ id: 'AgreementList' });
export type AgreementList = z.infer<typeof AgreementList>;

export const Granularity = z.enum(['month', 'year']);

export const TimelineQuery = z.object({
  granularity: Granularity.default('month').meta({ description: 'Bucket size.' }),
  ...AgreementFilterParams,
});

const Bucket = z.object({
  period: z.string().meta({ description: '`2014-05` for months, `2014` for years.', example: '2014-05' }),
  count: z.number().int(),
});

export const Timeline = z
  .object({
    granularity: Granularity,
    buckets: z.array(Bucket).meta({ description: 'Periods with at least one agreement, in order.' }),
    yearOnly: z.array(Bucket).meta({
      description:
        'By month only: agreements dated by year alone (`2014`), per year. They are in no month bucket ' +
        'and are not undated. Empty by year.',
    }),
    undated: z.number().int().meta({ description: 'Agreements without a date.' }),
    total: z.number().int().meta({ description: 'All agreements matching the filters.' }),
  })
  .meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;
