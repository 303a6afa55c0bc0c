// Query text helpers for the server: the named queries, and safe full-text search input.
export { namedQuery, type QueryName } from '../../cypher/named-queries';

/** Lucene query text for free user input: special characters escaped, words OR-ed by default. */
export function fullTextQuery(input: string): string {
  return input
    .trim()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}
