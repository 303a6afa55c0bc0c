// The Cypher projection of an agreement with its parties, signers, witnesses, venues and sources
// (AgreementSummary), shared by the agreement list and entity pages.
import { documentRefOf } from './document-ref';
import { summaryOf } from './entity-summary';

/** Entities at the other end of `pattern` (which binds `agx`), by name. */
function entities(pattern: string): string {
  return `COLLECT { MATCH ${pattern} RETURN ${summaryOf('agx')} AS ags ORDER BY toLower(ags.name), ags.id }`;
}

/**
 * A map expression for Agreement variable `v` (a name the caller's query does not use for anything
 * else; `agx` and `agsrc` are used inside).
 * @example `MATCH (a:Agreement) RETURN ${agreementSummaryOf('a')} AS agreement`
 */
export function agreementSummaryOf(v: string): string {
  return `{id: ${v}.id, name: coalesce(${v}.name, ${v}.title, ${v}.id), kind: ${v}.kind,
    date: CASE WHEN ${v}.date IS NULL THEN null ELSE toString(${v}.date) END,
    parties: ${entities(`(agx:Entity)-[:PARTY_TO]->(${v})`)},
    signers: ${entities(`(agx:Entity)-[:SIGNED]->(${v})`)},
    witnesses: ${entities(`(${v})-[:WITNESSED_BY]->(agx:Entity)`)},
    heldAt: ${entities(`(${v})-[:HELD_AT]->(agx:Entity)`)},
    sources: COLLECT { MATCH (agsrc:Document) WHERE agsrc.id IN coalesce(${v}.sources, [])
      RETURN ${documentRefOf('agsrc')} AS ags ORDER BY agsrc.date IS NULL, agsrc.date, agsrc.id }}`;
}

/**
 * ORDER BY keys: by date, undated last, then by name. Dates compare as text, which orders them by the
 * start of their period ('2014' and '2014-05' before '2014-05-09', as 2014-01-01 and 2014-05-01 are),
 * a less precise date first among those starting the same day; and which the date index can serve.
 */
export function byDate(v: string, order: 'asc' | 'desc' = 'asc', undatedLast = true): string {
  const dated = `${v}.date ${order === 'asc' ? 'ASC' : 'DESC'}, toLower(${v}.name), ${v}.id`;
  return undatedLast ? `${v}.date IS NULL, ${dated}` : dated;
}
