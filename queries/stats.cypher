// stats: node counts by label, relationship counts by type, documents loaded, last load time.
// Counts come from Neo4j's count store (db.stats.retrieve 'GRAPH COUNTS'), which answers in
// constant time; counting per label in Cypher would scan the whole graph once per label.
// Parameters: none. Always one row, even on an empty graph.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.nodes WHERE x.label IS NOT NULL AND NOT x.label IN ['Node', 'LawgraphState'] | {key: x.label, count: x.count}] AS nodeCounts,
     [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL
        | {key: x.relationshipType, count: x.count}] AS relationshipCounts
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents, toString(max(d.loadedAt)) AS lastLoadedAt
}
RETURN nodeCounts, relationshipCounts, documents, lastLoadedAt
