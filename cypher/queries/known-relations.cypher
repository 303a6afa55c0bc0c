// The relationships resolution uses to match agreements (their parties) and places (their containers).
MATCH (a)-[r:PARTY_TO|LOCATED_IN]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to
