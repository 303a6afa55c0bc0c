// Example queries for researchers: the app's Cypher console lists them (GET /api/cypher/examples),
// and each runs from the terminal with
//   npx enlace query "<query>"          (read-only; --param name=value for $parameters)
//
// Format, so that the app can read this file: each example starts with a "// ## Title" line, then
// comment lines describing it, then, when it has $parameters, one "// params: {…}" line of JSON with
// values to start from, then the query, ending with ";" at the end of a line.

// ## Who signed with whom
// Pairs of institutions that are parties of a common agreement, the most active pairs first.
MATCH (a:Institution)-[r:SIGNED_WITH]->(b:Institution)
RETURN a.name AS institution, b.name AS partner, size(r.agreements) AS agreements
ORDER BY agreements DESC LIMIT 25;

// ## Agreements in full
// Every agreement with its parties, signatories, witnesses and where it was signed.
MATCH (ag:Agreement)
OPTIONAL MATCH (i:Institution)-[:PARTY_TO]->(ag)
OPTIONAL MATCH (p:Person)-[:SIGNED]->(ag)
OPTIONAL MATCH (ag)-[:WITNESSED_BY]->(w:Person)
OPTIONAL MATCH (ag)-[:HELD_AT]->(where)
RETURN ag.name AS agreement, ag.date AS date,
       collect(DISTINCT i.name) AS parties, collect(DISTINCT p.name) AS signatories,
       collect(DISTINCT w.name) AS witnesses, collect(DISTINCT where.name) AS heldAt
ORDER BY date;

// ## Agreements of one institution in a date range
// Dates are ISO strings (2014-05-09), so they compare as text.
// params: {"acronym": "IMSS", "from": "2014-01-01", "to": "2015-12-31"}
MATCH (i:Institution {acronym: $acronym})-[:PARTY_TO]->(ag:Agreement)
WHERE ag.date >= $from AND ag.date <= $to
RETURN ag.name AS agreement, ag.date AS date ORDER BY ag.date;

// ## Search names and aliases
// Accent- and case-insensitive full-text search over every entity's name and aliases.
// params: {"words": "gonzalez anaya"}
CALL db.index.fulltext.queryNodes('entity_names', $words) YIELD node, score
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, score LIMIT 10;

// ## The evidence behind a fact
// Each sentence stating that someone signed an agreement, with the document it comes from.
MATCH (p:Person)-[r:SIGNED]->(ag:Agreement)
UNWIND range(0, size(r.evidence) - 1) AS k
MATCH (d:Document {id: r.evidenceSources[k]})
RETURN p.name AS person, ag.name AS agreement, r.evidence[k] AS sentence, d.title AS document,
       d.date AS date LIMIT 20;

// ## Posts people hold
// Each person's post at each institution, as the press releases write it.
MATCH (p:Person)-[r:HOLDS_ROLE]->(i:Institution)
RETURN p.name AS person, r.role AS role, i.name AS institution ORDER BY institution;

// ## How two institutions are connected
// The shortest chain of agreements, parties and parent institutions between two acronyms.
// params: {"from": "IMSS", "to": "ISSS"}
MATCH (a:Institution {acronym: $from}), (b:Institution {acronym: $to}),
      path = shortestPath((a)-[:SIGNED_WITH|PARTY_TO|PART_OF*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, path;

// ## Most mentioned
// The entities mentioned in most documents.
MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document)
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, count(d) AS documents
ORDER BY documents DESC LIMIT 20;

// ## The neighbourhood of an institution
// An institution and everything one step away, drawn as a graph in the app.
// params: {"acronym": "IMSS"}
MATCH (i:Institution {acronym: $acronym})-[r]-(x:Entity)
RETURN i, r, x LIMIT 100;
