// GET /api/search: request and response.
import { z } from 'zod';
import { EntityLabel, EntitySummary, PageInfo, listParam, pageParams, text } from './common';

export const SearchQuery = z.object({
  q: text(200).meta({
    description: 'Words of a name or alias; each may be the start of a word ("gonz").',
    example: 'gonzalez anaya',
  }),
  label: listParam(EntityLabel, 5)
    .optional()
    .meta({ description: 'Only these labels (repeat or separate by commas).' }),
  ...pageParams(20, 100),
});

export const SearchHit = EntitySummary.extend({ score: z.number() }).meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z
  .object({ query: z.string(), items: z.array(SearchHit), ...PageInfo })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;
