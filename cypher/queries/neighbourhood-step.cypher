// One step of a neighbourhood: the entities joined by a fact to any of $frontier and not yet in $seen,
// the most connected first (so that a capped hub keeps its important neighbours), at most $limit.
// Documents are not stepped through: co-mentioned entities are not neighbours.
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(n:Entity)
WHERE type(r) IN $types AND NOT n.id IN $seen
WITH DISTINCT n
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, id
LIMIT toInteger($limit)
