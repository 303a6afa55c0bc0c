// Accent- and case-insensitive search over names and aliases (full-text index entity_names).
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
RETURN node AS e, score ORDER BY score DESC LIMIT toInteger($limit)
