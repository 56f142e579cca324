// stats: node counts by label, relationship counts by type, documents loaded, last load time.
// Parameters: none.
CALL db.labels() YIELD label
WITH label WHERE label <> 'Node'
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS n }
WITH collect({key: label, count: n}) AS nodeCounts
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS n }
WITH nodeCounts, collect({key: type, count: n}) AS relationshipCounts
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents, toString(max(d.loadedAt)) AS lastLoadedAt
}
RETURN nodeCounts, relationshipCounts, documents, lastLoadedAt
