// Every change of the graph (ingest, curation) bumps this counter, so caches know when to recompute.
MERGE (m:EnlaceMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime().epochMillis
RETURN m.version AS version
