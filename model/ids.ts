// Stable relationship ids, the same in the API, exports, curation and the browser: a fact is named by
// its endpoints and type (and its post, for HOLDS_ROLE), never by Neo4j's internal element id.
import { fold } from './fold';

/**
 * @example relationshipId('person:leonel-flores', 'HOLDS_ROLE', 'institution:imss', 'Director')
 *   // 'person:leonel-flores|HOLDS_ROLE|institution:imss|Director'
 */
export function relationshipId(from: string, type: string, to: string, role?: string | null): string {
  return role ? `${from}|${type}|${to}|${role}` : `${from}|${type}|${to}`;
}

/** The parts of a relationship id, or null when the text is not one. */
export function parseRelationshipId(
  id: string,
): { from: string; type: string; to: string; role: string | null } | null {
  const parts = id.split('|');
  if (parts.length < 3 || !parts[0] || !parts[1] || !parts[2]) return null;
  const [from, type, to, ...role] = parts;
  return { from, type, to, role: role.length ? role.join('|') : null };
}

/**
 * Lower-case words without accents or punctuation, joined by "-": the slug in every entity id.
 * @example slugify('Instituto Mexicano del Seguro Social') // 'instituto-mexicano-del-seguro-social'
 */
export function slugify(text: string): string {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .join('-');
}

/**
 * The id resolution gives an entity of this label and name (before numbering a clash: "-2").
 * @example entityId('Person', 'Leonel Flores') // 'person:leonel-flores'
 */
export function entityId(label: string, name: string): string {
  return `${label.toLowerCase()}:${slugify(name)}`;
}
