// Every entity already in the graph, with what resolution compares: names, aliases, kind, acronym, date.
MATCH (e)
WHERE e:Person OR e:Institution OR e:Place OR e:Event OR e:Agreement
RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Person', 'Institution', 'Place', 'Event', 'Agreement']][0] AS label,
       e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.acronym AS acronym, e.kind AS kind, e.date AS date, e.title AS title
