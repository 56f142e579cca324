// export-nodes: the nodes to export in id order, with all their labels and their properties as
// [key, value] pairs (the loader's bookkeeping left out).
// Parameters: $ids (node ids, or null for the whole graph), $excluded (property keys left out).
MATCH (n:Node)
WHERE n.id IS NOT NULL AND ($ids IS NULL OR n.id IN $ids)
WITH n ORDER BY n.id
RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) WHERE NOT k IN $excluded | [k, n[k]]] AS props
