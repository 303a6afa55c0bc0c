// The entity a researcher names exactly: by id, or by name or alias in any case.
MATCH (e)
WHERE NOT e:Document AND e.name IS NOT NULL
  AND (e.id = $name OR toLower(e.name) = toLower($name)
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name)))
RETURN e ORDER BY size(e.name) DESC LIMIT 1
