// neighbors-of-type: one page of a node's neighbours through one relationship type, in the order of
// queries/neighbors.cypher (neighbour id, outgoing first). Run as `neighbors-of-type@TYPE`
// (queries/index.ts writes the type into `[r]`): each direction is a seek of that type's key index
// (graph/relationship-keys.ts: `r.id` starts with the start's id, `r.reverseId` with the end's), read in
// neighbour order and stopped after the page, so a dense node's other relationships are never read.
// A self-loop is answered once, as outgoing.
// Parameters: $key (the node's id + '|TYPE|', graph/relationship-keys.ts), $kinds (neighbour labels or null), $skip, $limit,
// $withSupport and $properties (as in queries/neighbors.cypher).
CALL () {
  MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $key
    AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  RETURN a, r, b, true AS outgoing ORDER BY r.id LIMIT $skip + $limit
  UNION ALL
  MATCH (b)-[r]->(a) WHERE r.reverseId STARTS WITH $key AND a <> b
    AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  RETURN a, r, b, false AS outgoing ORDER BY r.reverseId LIMIT $skip + $limit
}
WITH a, r, b, outgoing ORDER BY b.id, outgoing DESC
SKIP $skip LIMIT $limit
RETURN type(r) AS type,
       CASE WHEN outgoing THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       CASE WHEN $properties IS NULL
         THEN b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt), nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]}
         ELSE {nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]} END AS node,
       CASE WHEN $properties IS NOT NULL THEN [k IN $properties | b[k]] END AS values,
       CASE WHEN $withSupport THEN r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url} END AS support
