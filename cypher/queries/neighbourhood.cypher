// The entities within $depth steps of a start node (documents left out: provenance is on the
// relationships), capped at $limit nodes, with every relationship among them.
// __DEPTH__ is replaced by a validated integer: Cypher takes no parameter for path lengths.
MATCH (start {id: $id})
CALL {
  WITH start
  MATCH (start)-[*0..__DEPTH__]-(n)
  WHERE NOT n:Document
  RETURN collect(DISTINCT n)[..toInteger($limit)] AS members
}
UNWIND members AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN members AND type(r) <> 'MENTIONED_IN'
RETURN members, collect(r) AS relationships
