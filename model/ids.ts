// Stable relationship ids, the same in the API, exports, curation and the browser: a fact is named by
// its endpoints and type (and its post, for HOLDS_ROLE), never by Neo4j's internal element id.

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
