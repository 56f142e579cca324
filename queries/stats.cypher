// stats: node counts by label, relationship counts by type, documents loaded, last load time.
// Parameters: none. Always one row (the aggregations run in subqueries), even on an empty graph.
CALL () {
  CALL db.labels() YIELD label
  WITH label WHERE label <> 'Node'
  CALL (label) { MATCH (n:$(label)) RETURN count(n) AS n }
  RETURN collect({key: label, count: n}) AS nodeCounts
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType AS type
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS n }
  RETURN collect({key: type, count: n}) AS relationshipCounts
}
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents, toString(max(d.loadedAt)) AS lastLoadedAt
}
RETURN nodeCounts, relationshipCounts, documents, lastLoadedAt
