// export-neighbourhood: the ids of the nodes within $depth hops of the seed nodes (either direction,
// any relationship type but $unwalked: a machine suggestion is no link to follow), the seeds included. The depth is bounded (0..3): Cypher takes no parameter
// as a path length, so each depth is its own breadth-first expansion and $depth picks one.
// Parameters: $seeds (node ids), $depth (0, 1, 2 or 3), $unwalked (relationship types never followed).
MATCH (s:Node) WHERE s.id IN $seeds
CALL (s) {
  WITH s WHERE $depth = 0 RETURN s AS n
  UNION
  WITH s WHERE $depth = 1 MATCH (s)-[rs*0..1]-(n) WHERE none(r IN rs WHERE type(r) IN $unwalked) RETURN n
  UNION
  WITH s WHERE $depth = 2 MATCH (s)-[rs*0..2]-(n) WHERE none(r IN rs WHERE type(r) IN $unwalked) RETURN n
  UNION
  WITH s WHERE $depth = 3 MATCH (s)-[rs*0..3]-(n) WHERE none(r IN rs WHERE type(r) IN $unwalked) RETURN n
}
RETURN DISTINCT n.id AS id
