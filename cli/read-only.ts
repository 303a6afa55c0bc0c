// Researcher queries run read-only: checked with EXPLAIN first (clear message), then run in a READ
// transaction (the database refuses writes even if the check were fooled).
import type { Gateway, QueryOptions, QueryResult } from '../server/db';

export class WriteQueryRefusedError extends Error {
  constructor(readonly queryType: string) {
    super(
      `Only read queries are allowed here; this query ${queryType === 's' ? 'changes the schema' : 'writes to the graph'}.`,
    );
    this.name = 'WriteQueryRefusedError';
  }
}

export const READ_DEFAULTS = { timeoutMs: 30_000, maxRows: 10_000 } as const;

export async function runReadOnly(
  gateway: Gateway,
  query: string,
  params: Record<string, unknown>,
  options: QueryOptions = {},
): Promise<QueryResult> {
  const type = await gateway.queryType(query, params);
  if (type !== 'r') throw new WriteQueryRefusedError(type);
  return gateway.read(query, params, { ...READ_DEFAULTS, ...options });
}
