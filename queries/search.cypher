// search: full text over names, aliases, titles and provision/passage text (Chinese and English),
// ranked by Lucene score. The query string is escaped by the caller (api/domains/search.ts).
// Parameters: $query (escaped Lucene query), $labels (list of labels, or null), $skip, $limit.
CALL db.index.fulltext.queryNodes('lawgraph_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Node'][0] AS kind
WHERE $labels IS NULL OR kind IN $labels
RETURN node {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: null, nodeLabel: kind} AS node, score
ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
