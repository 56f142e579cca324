// neighbors: one page of a node's neighbours with the connecting relationship and its support,
// in a stable order (type, neighbour id, outgoing first). Derived claim links (ABOUT, UNDER, VIA,
// PREMISE) are left out unless asked for by type.
// Parameters: $id (node id), $types (relationship types or null), $kinds (neighbour labels or
// null), $skip, $limit.
MATCH (a:Node {id: $id})-[r]-(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($types IS NOT NULL OR NOT type(r) IN ['ABOUT', 'UNDER', 'VIA', 'PREMISE'])
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
WITH a, r, b ORDER BY type(r), b.id, startNode(r) = a DESC
SKIP $skip LIMIT $limit
RETURN type(r) AS type,
       CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt),
          nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]} AS node,
       r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url} AS support
