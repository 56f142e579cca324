// relations-of: the relationships of several nodes, with the node at the other end and the
// relationship's support, for the batched `relations` field.
// Parameters: $ids (node ids), $types (relationship types, or null for all but $excludedTypes: the
// machine suggestions, SUGGESTS, are read only when asked by type), $direction
// ('OUTGOING' | 'INCOMING' | null for both), $limit (per node).
UNWIND $ids AS id
MATCH (a:Node {id: id})
CALL (a) {
  MATCH (a)-[r]-(b)
  WHERE (($types IS NULL AND NOT type(r) IN $excludedTypes) OR type(r) IN $types)
    AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = a))
  WITH a, r, b ORDER BY type(r), b.id, startNode(r) = a DESC
  LIMIT $limit
  RETURN collect({
    type: type(r),
    direction: CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END,
    node: b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt),
             nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]},
    support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}
  }) AS relations
}
RETURN id, relations
