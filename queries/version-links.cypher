// version-links: for several law versions, the law, the document that expresses each, the
// versions it amends and the versions that amend it (with the amendment's support).
// Parameters: $ids (LawVersion ids).
UNWIND $ids AS id
MATCH (v:Node:LawVersion {id: id})
CALL (v) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(v)
  RETURN head(collect(law {.*, sources: null, nodeLabel: 'Law'})) AS law
}
CALL (v) {
  OPTIONAL MATCH (v)-[:EXPRESSED_BY]->(d:Document)
  RETURN head(collect(d {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(d.loadedAt), nodeLabel: 'Document'})) AS document
}
CALL (v) {
  OPTIONAL MATCH (v)-[:AMENDS]->(x:LawVersion)
  RETURN collect(x {.*, sources: null, nodeLabel: 'LawVersion'}) AS amends
}
CALL (v) {
  OPTIONAL MATCH (x:LawVersion)-[:AMENDS]->(v)
  RETURN collect(x {.*, sources: null, nodeLabel: 'LawVersion'}) AS amendedBy
}
RETURN id, law, document, amends, amendedBy
