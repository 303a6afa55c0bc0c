// The named queries the server runs, read from cypher/queries/*.cypher.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUERY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher/queries');

export type QueryName = 'find-entity' | 'search-entities' | 'neighbourhood';

/** The text of a named query; comments are kept (Cypher accepts them). */
export function namedQuery(name: QueryName): string {
  return readFileSync(join(QUERY_DIR, `${name}.cypher`), 'utf8');
}

/** Lucene query text for free user input: special characters escaped, words OR-ed by default. */
export function fullTextQuery(input: string): string {
  return input
    .trim()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}
