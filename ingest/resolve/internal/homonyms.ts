// Ids for homonyms: entities resolution keeps apart although their canonical names give one id. The id
// follows what distinguishes the entity, never the order documents arrived in: the entity first seen
// (earliest document by date, then content hash) keeps the plain id; each other one is qualified by its
// context (the institution a person holds a post at, the place an institution or venue is in, its kind),
// and, when that does not tell it apart, by its first document: `person:juan-perez--universidad-de-chile`,
// `place:chihuahua--city`, `person:juan-perez--2024-03-05-ebabdbe5`.
import type { ResolvedEntity } from './canonical';
import { slugify } from './normalise';
import { compareText, type EntityRecord } from './records';

/** Separates the plain id from its qualifier; slugs never hold two hyphens in a row. */
export const QUALIFIER_SEPARATOR = '--';

/** Context slugs of an entity, most telling first (see `contextQualifiers`). */
export type ContextOf = (entity: ResolvedEntity) => string[];

function firstMember(entity: ResolvedEntity): EntityRecord {
  return entity.members.reduce((best, member) =>
    member.docRank < best.docRank || (member.docRank === best.docRank && member.index < best.index)
      ? member
      : best,
  );
}

/** The first document, as a qualifier: its date (when known) and the start of its content hash. */
function documentQualifier(entity: ResolvedEntity): string {
  const first = firstMember(entity);
  const hash = slugify(first.docSha || first.docId)
    .replace(/-/g, '')
    .slice(0, 8);
  return first.docDate ? `${first.docDate}-${hash}` : hash;
}

/**
 * Context slugs from what the entity's own documents say about it: the names of the entities it points at
 * (most often named first, ties by name), then its `kind`.
 */
export function contextQualifiers(
  entity: ResolvedEntity,
  targets: (record: EntityRecord) => readonly string[],
): string[] {
  const counts = new Map<string, number>();
  for (const member of entity.members) {
    for (const name of new Set(targets(member))) {
      const slug = slugify(name);
      if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([slug]) => slug);
  const kind = entity.properties.kind;
  if (typeof kind === 'string' && slugify(kind)) ranked.push(slugify(kind));
  return ranked;
}

/**
 * Gives every entity of a clash a distinct id. Entities already in the graph (pinned) keep theirs; of the
 * others, the first seen keeps the plain id unless a pinned one holds it, and the rest are qualified.
 */
export function disambiguateIds(entities: ResolvedEntity[], contextOf: ContextOf): ResolvedEntity[] {
  const byId = new Map<string, ResolvedEntity[]>();
  for (const entity of entities) {
    const same = byId.get(entity.id);
    if (same) same.push(entity);
    else byId.set(entity.id, [entity]);
  }
  const taken = new Set(byId.keys());
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    const seen = (entity: ResolvedEntity) => firstMember(entity);
    same.sort((a, b) => {
      const left = seen(a);
      const right = seen(b);
      return Number(b.pinned) - Number(a.pinned) || left.docRank - right.docRank || left.index - right.index;
    });
    // Only context the others lack tells an entity apart (all venues share the kind "venue").
    const contexts = same.map((entity) => contextOf(entity));
    const distinctive = (position: number) =>
      contexts[position]!.filter(
        (slug) => !contexts.some((other, p) => p !== position && other.includes(slug)),
      );
    for (const [position, entity] of same.entries()) {
      if (position === 0 || entity.pinned) continue; // the first and every graph node keep their ids
      const candidates = [...distinctive(position), documentQualifier(entity)].map(
        (qualifier) => `${id}${QUALIFIER_SEPARATOR}${qualifier}`,
      );
      let chosen = candidates.find((candidate) => !taken.has(candidate));
      // Same context and same first document: numbered after the document qualifier, in canonical order.
      for (let n = 2; chosen === undefined; n++) {
        const numbered = `${candidates.at(-1)!}-${n}`;
        if (!taken.has(numbered)) chosen = numbered;
      }
      entity.id = chosen;
      entity.disambiguated = true;
      taken.add(chosen);
    }
  }
  return entities;
}
