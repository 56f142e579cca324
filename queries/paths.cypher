// paths: the shortest paths between two nodes, each hop with its relationship's support.
// Claim nodes (derived) and structural links that only say "this document contains that
// passage" are not walked: a path must go through facts. Passages are walked through MENTIONS
// and CITES, since a passage naming both ends is evidence of a connection.
// Parameters: $from, $to (node ids, different), $maxHops (1..6), $limit (number of paths),
// $excludedTypes (relationship types not to walk).
// ALL SHORTEST with the exclusions inside the pattern, so they steer the search; the LIMIT comes
// before sorting, so a pair joined by thousands of equally short paths (two entities that many
// passages name) stops after $limit of them instead of enumerating all.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE NOT type(r) IN $excludedTypes]-(x WHERE NOT x:Claim)){1,6}(b)
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
WITH p ORDER BY [n IN nodes(p) | n.id]
RETURN [n IN nodes(p) | n {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(n.loadedAt),
                           nodeLabel: [l IN labels(n) WHERE l <> 'Node'][0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id,
                                 support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}}] AS hops
