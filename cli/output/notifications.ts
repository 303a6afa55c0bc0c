// Neo4j's notifications as terminal warnings: what is wrong, where, and the query line pointed at.
import type { QueryNotification } from '../../server/db';

/** Neo4j's descriptions end with the specific part in parentheses: "(the missing label name is: Nope)". */
function specific(description: string): string {
  const match = /\(([^()]*)\)\s*$/.exec(description);
  return match ? ` (${match[1]})` : '';
}

/**
 * @example formatNotification(n, 'MATCH (n:Nope) RETURN n')
 *   // 'warning: The provided label is not in the database. (the missing label name is: Nope), line 1, column 10\n  MATCH (n:Nope) RETURN n\n           ^'
 */
export function formatNotification(n: QueryNotification, query: string): string {
  const kind = n.severity === 'WARNING' ? 'warning' : 'note';
  const title = n.title.replace(/\.?\s*$/, '.');
  if (!n.position) return `${kind}: ${title}${specific(n.description)}`;
  const line = query.split('\n')[n.position.line - 1] ?? '';
  return (
    `${kind}: ${title}${specific(n.description)}, line ${n.position.line}, column ${n.position.column}\n` +
    `  ${line}\n  ${' '.repeat(n.position.column - 1)}^`
  );
}
