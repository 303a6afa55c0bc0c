// GET /api/relationships/{id}: one fact by its stable id, with every sentence and document stating it.
import { z } from 'zod';
import { RelationshipDetail, RelationshipParams, RelationshipQuery } from '../../model/api/relationships';
import type { Gateway } from '../db';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { Reply } from '../http/route';
import { resolveEntityId } from '../services/entity-ids';
import { parseFactId, relationshipDetail, type FactKey } from '../services/relationship-detail';
import { apiRoute } from './context';

/** The id of the same fact after curated merges of its endpoints, when that fact exists. */
async function movedFact(gateway: Gateway, key: FactKey): Promise<string | null> {
  const [from, to] = await Promise.all([
    resolveEntityId(gateway, key.from),
    resolveEntityId(gateway, key.to),
  ]);
  if (!from || !to || (!from.redirectedFrom && !to.redirectedFrom)) return null;
  const moved = { ...key, from: from.id, to: to.id };
  const found = await relationshipDetail(gateway, moved, { evidenceLimit: 0 });
  return found?.id ?? null;
}

export const relationshipRoute = apiRoute({
  method: 'get',
  path: '/relationships/{id}',
  operationId: 'getRelationship',
  summary: 'One fact by its stable id, with its evidence',
  description:
    'The relationship `from|TYPE|to` (HOLDS_ROLE adds `|post`), as entity pages and graph views name ' +
    'it: its endpoints, properties, extraction rules, the documents that state it and each sentence with ' +
    'its character span. SIGNED_WITH has no direction: either order answers, with the stored id. A fact ' +
    'whose endpoint was merged away answers 308 at its new id.',
  tag: 'explore',
  params: RelationshipParams,
  query: RelationshipQuery,
  responses: {
    200: { description: 'The fact.', schema: RelationshipDetail },
    308: {
      description: 'An endpoint was merged into another entity; `Location` names the fact now.',
      headers: z.object({ Location: z.string().meta({ description: 'The fact under its current id.' }) }),
    },
  },
  async handle({ params, query }, ctx) {
    const key = parseFactId(params.id);
    const options = { evidenceLimit: query.evidenceLimit, timeoutMs: ctx.settings.readTimeoutMs };
    const detail = await relationshipDetail(ctx.gateway, key, options);
    if (detail) return detail;
    const moved = await movedFact(ctx.gateway, key);
    if (moved)
      return new Reply(308, undefined, { Location: `/api/relationships/${encodeURIComponent(moved)}` });
    throw new HttpProblem(
      404,
      'Relationship not found',
      `The graph holds no ${key.type} from "${key.from}" to "${key.to}"${key.role ? ` with post "${key.role}"` : ''}. ` +
        'Relationship ids are listed in GET /api/entities/{id} (relations[].id).',
      { type: PROBLEM_TYPES.notFound },
    );
  },
});
