// Enlace graph schema: constraints and indexes, applied at every start (idempotent: IF NOT EXISTS).
// One statement per ';'. Labels and relationship types: model/graph-schema.ts.

// Every node is found by its stable id; MERGE on id relies on these (they also index id).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// Every entity also carries the Entity label: one id look-up whatever its label (which curation may change).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Ids of merged entities answer with the surviving one (written by curation).
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
// The curation log as the graph records it (the curation file is its copy on disk); `seq` is replay order.
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE INDEX curation_seq IF NOT EXISTS FOR (n:Curation) ON (n.seq);
// Bookkeeping: the graph's change counter (caches recompute when it moves).
CREATE CONSTRAINT enlace_meta_key IF NOT EXISTS FOR (n:EnlaceMeta) REQUIRE n.key IS UNIQUE;
// The write lock every ingest and curation takes (server/db/write-lock.ts): one node, never two.
CREATE CONSTRAINT enlace_lock_name IF NOT EXISTS FOR (n:EnlaceLock) REQUIRE n.name IS UNIQUE;

// The same text is the same document: the loader skips a document whose sha256 is already there.
CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (n:Document) REQUIRE n.sha256 IS UNIQUE;
// ... and an edited file is the same document by the url it declares or the path it was read from: the
// loader finds its earlier version by these (ingest/load/plan-writes.ts).
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);

// Search by name or alias, accent- and case-insensitive ("gonzalez anaya" finds "González Anaya").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Institution|Place|Event|Agreement) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Documents by title words (accent-insensitive, as entity names) and by a fragment of the file name.
CREATE FULLTEXT INDEX document_titles IF NOT EXISTS
FOR (n:Document) ON EACH [n.title, n.file]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE TEXT INDEX document_file_text IF NOT EXISTS FOR (n:Document) ON (n.file);

// Filters the API and researchers use: agreements and events by date, agreements by kind, documents by
// date, file and language, institutions by acronym, exact name look-ups.
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file);
CREATE INDEX document_lang IF NOT EXISTS FOR (n:Document) ON (n.lang);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX institution_acronym IF NOT EXISTS FOR (n:Institution) ON (n.acronym);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);

// Stores written before the Entity label existed get it; a no-op once every entity has it.
MATCH (n) WHERE (n:Person OR n:Institution OR n:Place OR n:Event OR n:Agreement) AND NOT n:Entity
CALL { WITH n SET n:Entity } IN TRANSACTIONS OF 10000 ROWS;
