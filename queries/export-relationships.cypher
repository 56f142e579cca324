// export-relationships: the relationships between exported nodes (both ends in scope), ordered by
// start, type and end; each with its ends' labels and names, its properties as [key, value] pairs,
// and its support: the evidence list (JSON strings) or, for a derived link, its single support.
// Parameters: $ids (node ids, or null for the whole graph), $excluded (property keys left out).
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
WITH a, r, b ORDER BY a.id, type(r), b.id
RETURN coalesce(r.id, a.id + '|' + type(r) + '|' + b.id) AS id, type(r) AS type,
       a.id AS start, b.id AS end, labels(a) AS startLabels, labels(b) AS endLabels,
       coalesce(a.name, a.title, a.id) AS startName, coalesce(b.name, b.title, b.id) AS endName,
       [k IN keys(r) WHERE NOT k IN $excluded | [k, r[k]]] AS props,
       r.evidence AS evidence,
       r {.documentId, .locator, .quote, .method, .confidence, .url} AS support
