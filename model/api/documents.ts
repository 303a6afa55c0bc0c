// GET /api/documents and GET /api/documents/{id}: the sources, with the spans of every mention and of
// every evidence sentence, for reading a document with its facts highlighted.
import { z } from 'zod';
import { EntityId, EntitySummary, FactType, PageInfo, listParam, pageParams, text } from './common';
import { DateRangeParams } from './dates';

export const Lang = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language code such as es or en')
  .meta({ example: 'es' });

export const DocumentListQuery = z.object({
  q: text(200).optional().meta({
    description: 'Words of the title (accent-insensitive, word starts) or a part of the file name.',
  }),
  lang: listParam(Lang, 10).optional().meta({ description: 'Language codes: any of them.' }),
  entity: listParam(EntityId, 10)
    .optional()
    .meta({ description: 'Entity ids: documents that mention every one of them.' }),
  ...DateRangeParams,
  ...pageParams(50, 200),
});

export const DocumentListItem = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    file: z.string().nullable(),
    lang: z.string().nullable(),
    url: z.string().nullable(),
    location: z.string().nullable().meta({ description: 'Where it was issued (dateline or front matter).' }),
    entityCount: z.number().int().meta({ description: 'Entities mentioned in it.' }),
    relationCount: z.number().int().meta({ description: 'Facts it states (citing it as a source).' }),
  })
  .meta({ id: 'DocumentListItem' });
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentList = z
  .object({ items: z.array(DocumentListItem), ...PageInfo })
  .meta({ id: 'DocumentList' });
export type DocumentList = z.infer<typeof DocumentList>;

export const DocumentParams = z.object({
  id: text(300)
    .min(1)
    .meta({ description: 'Document id, as lists give it.', example: 'doc:6d0964ada376c3ae' }),
});

export const DocumentMention = z
  .object({ entity: EntitySummary, start: z.number().int(), end: z.number().int() })
  .meta({ id: 'DocumentMention' });

export const DocumentEvidence = z
  .object({
    relationshipId: z.string(),
    type: FactType,
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    text: z.string(),
  })
  .meta({ id: 'DocumentEvidence' });

export const DocumentDetail = z
  .object({
    document: DocumentListItem.extend({
      source: z.string().nullable().meta({ description: 'The path or URL it was read from.' }),
    }),
    text: z.string().meta({ description: 'The cleaned text every span points into.' }),
    mentions: z.array(DocumentMention).meta({ description: 'Every mention of an entity, in text order.' }),
    evidence: z.array(DocumentEvidence).meta({
      description: 'Every sentence stating a fact, in text order; `text` equals text.slice(start, end).',
    }),
  })
  .meta({ id: 'DocumentDetail' });
export type DocumentDetail = z.infer<typeof DocumentDetail>;
