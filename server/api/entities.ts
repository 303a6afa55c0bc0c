// GET /api/entities/{id}: an entity's page with provenance. Ids merged away by curation redirect (308)
// to the surviving entity, so saved links keep working.
import { z } from 'zod';
import { EntityDetail, EntityParams, EntityQuery, EntityRedirect } from '../../model/api/entities';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { Reply } from '../http/route';
import { entityDetail } from '../services/entity-detail';
import { resolveEntityId } from '../services/entity-ids';
import { apiRoute } from './context';

/** Where a merged-away id now lives, keeping the list size asked for. */
function locationOf(id: string, relationsLimit: string | undefined): string {
  const query = relationsLimit === undefined ? '' : `?relationsLimit=${encodeURIComponent(relationsLimit)}`;
  return `/api/entities/${encodeURIComponent(id)}${query}`;
}

export const entityRoute = apiRoute({
  method: 'get',
  path: '/entities/{id}',
  operationId: 'getEntity',
  summary: 'One entity with its posts, agreements, mentions and relations',
  description:
    'Properties, aliases and degree (total and per relationship type, MENTIONED_IN excluded); posts ' +
    '(HOLDS_ROLE, with the dates of the first and last document stating each); agreements it is party ' +
    'to, signed, witnessed or hosted; the documents mentioning it with the character span of each ' +
    'mention; and its relations, strongest first, each with the sentences that state it. Each list holds ' +
    'at most `relationsLimit` items beside its total. An id merged into another answers 308 with ' +
    '`Location` at the surviving entity (or, with `follow=true`, that entity with `redirectedFrom`).',
  tag: 'explore',
  params: EntityParams,
  query: EntityQuery,
  responses: {
    200: { description: 'The entity.', schema: EntityDetail },
    308: {
      description: 'The id was merged into another entity; `Location` names it.',
      schema: EntityRedirect,
      headers: z.object({ Location: z.string().meta({ description: 'The surviving entity.' }) }),
    },
  },
  async handle({ params, query }, ctx, { req }) {
    const options = { limit: query.relationsLimit, timeoutMs: ctx.settings.readTimeoutMs };
    const detail = await entityDetail(ctx.gateway, params.id, options);
    if (detail) return detail;
    const resolved = await resolveEntityId(ctx.gateway, params.id);
    if (resolved?.redirectedFrom) {
      if (query.follow === 'true') {
        const survivor = await entityDetail(ctx.gateway, resolved.id, options);
        if (survivor) return { ...survivor, redirectedFrom: params.id };
      } else {
        const asked = typeof req.query.relationsLimit === 'string' ? req.query.relationsLimit : undefined;
        const location = locationOf(resolved.id, asked);
        return new Reply(
          308,
          { id: resolved.id, redirectedFrom: params.id, location },
          { Location: location },
        );
      }
    }
    throw new HttpProblem(
      404,
      'Entity not found',
      `No entity has the id "${params.id}". Find ids by name with GET /api/search?q=<name>.`,
      { type: PROBLEM_TYPES.notFound },
    );
  },
});
