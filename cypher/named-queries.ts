// The named queries in cypher/queries/*.cypher, read by name: one place for server and ingest.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUERY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'queries');

export type QueryName =
  'find-entity' | 'neighbourhood-step' | 'known-entities' | 'known-relations' | 'bump-graph-version';

/** The text of a named query; comments are kept (Cypher accepts them). */
export function namedQuery(name: QueryName): string {
  return readFileSync(join(QUERY_DIR, `${name}.cypher`), 'utf8');
}
