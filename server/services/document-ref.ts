// The Cypher projection of a document as a citation names it (DocumentRef), in one place.

/**
 * A map expression for Document variable `v`.
 * @example `MATCH (d:Document {id: $id}) RETURN ${documentRefOf('d')} AS document`
 */
export function documentRefOf(v: string): string {
  return `{id: ${v}.id, title: ${v}.title, date: CASE WHEN ${v}.date IS NULL THEN null ELSE toString(${v}.date) END,
    file: ${v}.file, url: ${v}.url}`;
}

/** ORDER BY keys putting dated documents newest first and undated ones last. */
export function newestFirst(v: string): string {
  return `${v}.date IS NULL, ${v}.date DESC, ${v}.file, ${v}.id`;
}
