// Every entity already in the graph, with what resolution compares: names, aliases, kind, acronym, date.
// Entities that only documents about to be replaced ($replacing: reloaded with --force or changed) stand
// for are left out: the reload deletes them, and their documents are resolved afresh, so a reload of the
// same documents gives the same ids as their first load.
MATCH (e)
WHERE (e:Person OR e:Institution OR e:Place OR e:Event OR e:Agreement)
  AND NOT (size(coalesce(e.sources, [])) > 0 AND all(s IN e.sources WHERE s IN $replacing))
RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Institution', 'Place', 'Event', 'Agreement']][0] AS label,
       e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.acronym AS acronym, e.kind AS kind, e.date AS date, e.title AS title
