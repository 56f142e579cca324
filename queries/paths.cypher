// paths: the shortest paths between two nodes, each hop with its relationship's support.
// Claim nodes (derived) and structural links that only say "this document contains that
// passage" are not walked: a path must go through facts. Passages are walked through MENTIONS
// and CITES, since a passage naming both ends is evidence of a connection.
// Parameters: $from, $to (node ids, different), $maxHops (1..6), $limit (number of paths),
// $excludedTypes (relationship types not to walk).
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops
  AND none(n IN nodes(p) WHERE n:Claim)
  AND none(r IN relationships(p) WHERE type(r) IN $excludedTypes)
WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT $limit
RETURN [n IN nodes(p) | n {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(n.loadedAt),
                           nodeLabel: [l IN labels(n) WHERE l <> 'Node'][0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id,
                                 support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}}] AS hops
