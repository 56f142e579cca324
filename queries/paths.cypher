// paths: up to $limit shortest chains between two nodes, each hop with its relationship's support,
// found without enumerating every shortest path, and the hubs next to either end that were not
// walked through. A hub is a node with more than $hubDegree relationships of the types walked (the
// jurisdiction every company is headquartered in, a passage naming everything): a hop through it says
// little and would multiply the chains. Ends are never pruned. Its degree is its count of every
// relationship less those of the excluded types, spelled out below as [:HAS_PASSAGE|EXPRESSED_BY|SUGGESTS]
// (api/domains/paths.ts EXCLUDED_TYPES; a test checks they agree): a type given as a parameter would
// make Neo4j expand every relationship of the node, where a named type reads its stored degree. The
// whole degree is read first: most nodes are no hub by it, and the per-type degrees are read only for
// the others. (Machine suggestions are not walked, and a thousand of them made an authority a hub.)
// Claim nodes (derived) and structural links that only say "this document contains that passage"
// are not walked: a chain must go through facts. Passages are walked through MENTIONS and CITES,
// since a passage naming both ends is evidence of a connection.
// The search deepens: direct links, then chains of two hops (read lazily, stopping at $limit),
// then a bidirectional breadth-first search (allShortestPaths, its predicates applied while it
// expands) that streams its first $limit chains.
// Nodes come back as their id and label only: the same few nodes recur on every chain (each end on
// all ten), and most callers ask for little more than ids; the API reads the rest of a node by id,
// once per node, when a query asks for it.
// Parameters: $from, $to (node ids, different), $maxHops (1..6), $limit (number of chains),
// $excludedTypes (relationship types not to walk), $hubDegree (the walked degree above which a node is a hub),
// $withPruned (whether to name the hubs next to the ends; when false, pruned is empty).
MATCH (a:Node {id: $from}), (b:Node {id: $to})
// The direct links: one expand between the two ends (Neo4j reads the end with fewer relationships).
CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE NOT type(r) IN $excludedTypes
  WITH a, b, r LIMIT $limit
  RETURN collect({nodes: [a, b], rels: [r]}) AS direct
}
// The hubs next to either end, when the caller asks for them: a pass over every relationship of
// both ends with the degree of each neighbour, which is most of the query's cost on dense ends.
// (Claims hang on excluded types only, so the type test keeps them out here.)
CALL (a, b) {
  UNWIND CASE WHEN $withPruned THEN [a, b] ELSE [] END AS e
  MATCH (e)-[r]-(x)
  WHERE NOT type(r) IN $excludedTypes AND x <> a AND x <> b AND CASE WHEN COUNT { (x)--() } > $hubDegree
             THEN COUNT { (x)--() } - COUNT { (x)-[:HAS_PASSAGE|EXPRESSED_BY|SUGGESTS]-() } > $hubDegree ELSE false END
  RETURN collect(DISTINCT x) AS hubs
}
CALL (a, b, direct) {
  UNWIND CASE WHEN size(direct) = 0 AND $maxHops >= 2 THEN [2] ELSE [] END AS go
  MATCH (a)-[r1]-(m)-[r2]-(b)
  WHERE m <> a AND m <> b AND NOT m:Claim AND NOT type(r1) IN $excludedTypes AND NOT type(r2) IN $excludedTypes
    AND (COUNT { (m)--() } <= $hubDegree OR COUNT { (m)--() } - COUNT { (m)-[:HAS_PASSAGE|EXPRESSED_BY|SUGGESTS]-() } <= $hubDegree)
  WITH a, b, r1, m, r2 LIMIT $limit
  RETURN collect({nodes: [a, m, b], rels: [r1, r2]}) AS twoHops
}
CALL (a, b, direct, twoHops) {
  UNWIND CASE WHEN size(direct) + size(twoHops) = 0 AND $maxHops >= 3 THEN [3] ELSE [] END AS go
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(n IN nodes(p) WHERE n = a OR n = b OR (NOT n:Claim AND (COUNT { (n)--() } <= $hubDegree
                 OR COUNT { (n)--() } - COUNT { (n)-[:HAS_PASSAGE|EXPRESSED_BY|SUGGESTS]-() } <= $hubDegree)))
    AND none(r IN relationships(p) WHERE type(r) IN $excludedTypes)
  WITH p LIMIT $limit
  WITH p WHERE length(p) <= $maxHops
  RETURN collect({nodes: nodes(p), rels: relationships(p)}) AS longer
}
CALL (direct, twoHops, longer) {
  UNWIND direct + twoHops + longer AS c
  WITH c ORDER BY [n IN c.nodes | n.id]
  RETURN collect({
    nodes: [n IN c.nodes | n {.id, nodeLabel: [l IN labels(n) WHERE l <> 'Node'][0]}],
    hops: [r IN c.rels | {type: type(r), start: startNode(r).id,
                          support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}}]
  }) AS paths
}
RETURN paths,
       [h IN hubs | h {.id, nodeLabel: [l IN labels(h) WHERE l <> 'Node'][0]}] AS pruned
