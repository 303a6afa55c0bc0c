// The relationships resolution uses to match agreements (their parties) and places (their containers),
// between the entities known-entities returns.
MATCH (a)-[r:PARTY_TO|LOCATED_IN]->(b)
WHERE NOT (size(coalesce(a.sources, [])) > 0 AND all(s IN a.sources WHERE s IN $replacing))
  AND NOT (size(coalesce(b.sources, [])) > 0 AND all(s IN b.sources WHERE s IN $replacing))
RETURN a.id AS from, type(r) AS type, b.id AS to
