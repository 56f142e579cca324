// nodes-by-id: any nodes by their stable id, for node(id) and batched lookups.
// Parameters: $ids (list of node ids). Returns one row per id found: {id, node}.
// A provision or norm carries its law's name (and a norm its provision's number), as premises.cypher's ends do,
// so it is named "Data Security Law 第四十八条" rather than by its document's file id.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(n:Provision)
  RETURN law.name AS provisionLaw LIMIT 1
}
CALL (n) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(p:Provision)-[:EXPRESSES]->(n:Norm)
  RETURN law.name AS normLaw, p.number AS normNumber LIMIT 1
}
WITH id, n, coalesce(provisionLaw, normLaw) AS lawName, normNumber
RETURN id, n {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(n.loadedAt),
              nodeLabel: [l IN labels(n) WHERE l <> 'Node'][0], lawName: coalesce(n.lawName, lawName), provisionNumber: normNumber} AS node
