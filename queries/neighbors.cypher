// neighbors: one page of a node's neighbours with the connecting relationship and its support,
// in a stable order (type, neighbour id, outgoing first). It reads every relationship of the node
// (of the asked types) to order them; types the model knows are read through their key indexes
// instead (queries/neighbors-of-type.cypher, api/domains/paths.ts).
// Parameters: $id (node id), $types (relationship types or null), $excludedTypes (the types left out
// when $types is null: the machine suggestions, SUGGESTS, are read only when asked by type), $kinds (neighbour labels or
// null), $skip, $limit, $withSupport (false: support is null, when no evidence is asked), $properties (null: the
// whole node; a list: only those properties, as `values` in that order, the node map holding only
// its label; api/domains/paths.ts reads only what the selection asks).
MATCH (a:Node {id: $id})-[r]-(b)
WHERE (($types IS NULL AND NOT type(r) IN $excludedTypes) OR type(r) IN $types)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
WITH a, r, b ORDER BY type(r), b.id, startNode(r) = a DESC
SKIP $skip LIMIT $limit
RETURN type(r) AS type,
       CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       CASE WHEN $properties IS NULL
         THEN b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt), nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]}
         ELSE {nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]} END AS node,
       CASE WHEN $properties IS NOT NULL THEN [k IN $properties | b[k]] END AS values,
       CASE WHEN $withSupport THEN r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url} END AS support
