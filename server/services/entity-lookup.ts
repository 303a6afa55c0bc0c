// The entity a researcher means by an id or a name (exports, `enlace export --around`): an id (old
// ids of merged entities included) is that entity or "not found", never a guess; a name must point
// at one entity, else the candidates are listed with their ids so that one can be chosen.
import { ENTITY_LABELS } from '../../model';
import type { EntitySummary } from '../../model/api/common';
import { namedQuery } from '../../cypher/named-queries';
import type { Gateway } from '../db';
import { resolveEntityId } from './entity-ids';
import { summaryOf } from './entity-summary';
import { foldText, searchEntities } from './search';

/** Most candidates listed when a name is ambiguous. */
export const MAX_CANDIDATES = 10;

const ID_SHAPE = new RegExp(`^(${ENTITY_LABELS.map((l) => l.toLowerCase()).join('|')}):\\S+$`);

/** An entity id's shape, `<label>:<slug>`: such text is looked up as an id only. */
export function isEntityIdShaped(text: string): boolean {
  return ID_SHAPE.test(text.trim());
}

export class EntityNotFoundError extends Error {
  constructor(readonly query: string) {
    super(
      isEntityIdShaped(query)
        ? `No entity has the id "${query}": it never existed or was removed (check the id, or search by name).`
        : `No entity matches "${query}" (tried id, name, aliases, acronym and full-text search).`,
    );
    this.name = 'EntityNotFoundError';
  }
}

export class AmbiguousEntityError extends Error {
  constructor(
    readonly query: string,
    readonly candidates: EntitySummary[],
  ) {
    super(
      `"${query}" matches ${candidates.length >= MAX_CANDIDATES ? `${MAX_CANDIDATES} or more` : candidates.length} ` +
        `entities; give one of these ids instead:\n` +
        candidates.map((c) => `  ${c.id}  ${c.label}  ${c.name}`).join('\n'),
    );
    this.name = 'AmbiguousEntityError';
  }
}

async function summaries(gateway: Gateway, ids: string[]): Promise<EntitySummary[]> {
  if (ids.length === 0) return [];
  const { rows } = await gateway.read<{ entity: EntitySummary }>(
    `UNWIND range(0, size($ids) - 1) AS k MATCH (n:Entity {id: $ids[k]}) RETURN ${summaryOf('n')} AS entity ORDER BY k`,
    { ids },
  );
  return rows.map((row) => row.entity);
}

const namesOf = (e: EntitySummary) => [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])];

/**
 * The id of the one entity `text` names.
 * @example await findEntity(gateway, 'IMSS') // { id: 'institution:instituto-mexicano-del-seguro-social' }
 * @example await findEntity(gateway, 'person:nadie') // throws EntityNotFoundError
 */
export async function findEntity(
  gateway: Gateway,
  text: string,
): Promise<{ id: string; redirectedFrom?: string }> {
  const wanted = text.trim();
  const byId = await resolveEntityId(gateway, wanted);
  if (byId) return byId;
  if (isEntityIdShaped(wanted)) throw new EntityNotFoundError(wanted);

  const { rows } = await gateway.read<{ id: string }>(namedQuery('find-entity'), {
    name: wanted,
    limit: MAX_CANDIDATES,
  });
  if (rows.length === 1) return { id: rows[0]!.id };
  if (rows.length > 1)
    throw new AmbiguousEntityError(
      wanted,
      await summaries(
        gateway,
        rows.map((r) => r.id),
      ),
    );

  // No exact match: full text, accent-insensitive, every word required.
  const hits = (await searchEntities(gateway, wanted, { limit: MAX_CANDIDATES, offset: 0 })).items;
  const folded = foldText(wanted);
  const same = hits.filter((hit) => namesOf(hit).some((name) => foldText(name) === folded));
  if (same.length === 1) return { id: same[0]!.id };
  if (hits.length === 1) return { id: hits[0]!.id };
  if (hits.length === 0) throw new EntityNotFoundError(wanted);
  const candidates: EntitySummary[] = (same.length > 1 ? same : hits).map(
    ({ score: _score, ...entity }) => entity,
  );
  throw new AmbiguousEntityError(wanted, candidates);
}
