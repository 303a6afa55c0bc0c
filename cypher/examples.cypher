// Example queries for researchers. Run one with:
//   npx enlace query "<query>"          (read-only; --param name=value for $parameters)

// Who signed agreements with whom, most active pairs first.
MATCH (a:Institution)-[r:SIGNED_WITH]->(b:Institution)
RETURN a.name AS institution, b.name AS partner, size(r.agreements) AS agreements
ORDER BY agreements DESC LIMIT 25;

// Every agreement with its parties, signatories, witnesses and place.
MATCH (ag:Agreement)
OPTIONAL MATCH (i:Institution)-[:PARTY_TO]->(ag)
OPTIONAL MATCH (p:Person)-[:SIGNED]->(ag)
OPTIONAL MATCH (ag)-[:WITNESSED_BY]->(w:Person)
OPTIONAL MATCH (ag)-[:HELD_AT]->(where)
RETURN ag.name AS agreement, ag.date AS date,
       collect(DISTINCT i.name) AS parties, collect(DISTINCT p.name) AS signatories,
       collect(DISTINCT w.name) AS witnesses, collect(DISTINCT where.name) AS heldAt
ORDER BY date;

// Agreements of one institution in a date range (dates are ISO strings, so they compare).
MATCH (i:Institution {acronym: $acronym})-[:PARTY_TO]->(ag:Agreement)
WHERE ag.date >= $from AND ag.date <= $to
RETURN ag.name, ag.date ORDER BY ag.date;

// Accent-insensitive search over names and aliases.
CALL db.index.fulltext.queryNodes('entity_names', 'gonzalez anaya') YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, score LIMIT 10;

// The evidence behind a fact: sentences and the documents they come from.
MATCH (p:Person)-[r:SIGNED]->(ag:Agreement)
UNWIND range(0, size(r.evidence) - 1) AS k
MATCH (d:Document {id: r.evidenceSources[k]})
RETURN p.name, ag.name, r.evidence[k] AS sentence, d.file AS file LIMIT 20;

// Posts people hold, as written.
MATCH (p:Person)-[r:HOLDS_ROLE]->(i:Institution)
RETURN p.name AS person, r.role AS role, i.name AS institution ORDER BY institution;

// Shortest chain of cooperation between two institutions.
MATCH (a:Institution {acronym: $from}), (b:Institution {acronym: $to}),
      path = shortestPath((a)-[:SIGNED_WITH|PARTY_TO|PART_OF*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS chain;

// Who is mentioned in most documents.
MATCH (e)-[:MENTIONED_IN]->(d:Document)
RETURN labels(e)[0] AS label, e.name AS name, count(d) AS documents
ORDER BY documents DESC LIMIT 20;
