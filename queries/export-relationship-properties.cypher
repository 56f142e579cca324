// export-relationship-properties: every property key of the exported relationships with the value
// types it takes (valueType names), for the typed columns of the CSV and GraphML headers.
// Parameters: $ids (node ids, or null for the whole graph), $excluded (property keys left out).
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
UNWIND keys(r) AS key
WITH key, r[key] AS value WHERE NOT key IN $excluded
RETURN key, collect(DISTINCT valueType(value)) AS types
ORDER BY key
