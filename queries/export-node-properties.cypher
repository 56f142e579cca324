// export-node-properties: every property key of the exported nodes with the value types it takes
// (valueType names), for the typed columns of the CSV and GraphML headers.
// Parameters: $ids (node ids, or null for the whole graph), $excluded (property keys left out).
MATCH (n:Node)
WHERE n.id IS NOT NULL AND ($ids IS NULL OR n.id IN $ids)
UNWIND keys(n) AS key
WITH key, n[key] AS value WHERE NOT key IN $excluded
RETURN key, collect(DISTINCT valueType(value)) AS types
ORDER BY key
