// The entities a researcher names exactly: by name, alias or acronym, in any case (at most $limit).
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR toLower(e.acronym) = toLower($name)
   OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name))
RETURN e.id AS id
ORDER BY size(e.name), e.id
LIMIT toInteger($limit)
