// premises: relationships by id ("<start id>|<TYPE>|<end id>", as claims list their premises),
// with both ends and their support, in one batched round trip. A provision, norm or version end carries
// the name of its law (and a norm its provision's number), so a premise reads "Cybersecurity Law 第三十条
// expresses ..." or "Cybersecurity Law, text of 2016-11-07 applies in ..." rather than naming the document
// file or its title in the statute's language.
// Parameters: $ids (relationship ids).
UNWIND $ids AS rid
WITH rid, split(rid, '|') AS part
MATCH (a:Node {id: part[0]})-[r:$(part[1])]->(b:Node {id: part[2]})
CALL (a) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(p:Provision)-[:EXPRESSES]->(a:Norm)
  RETURN law.name AS aLaw, p.number AS aNumber LIMIT 1
}
CALL (a) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(a:Provision)
  RETURN law.name AS aProvisionLaw LIMIT 1
}
CALL (a) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(a:LawVersion)
  RETURN law.name AS aVersionLaw LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(p:Provision)-[:EXPRESSES]->(b:Norm)
  RETURN law.name AS bLaw, p.number AS bNumber LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(b:Provision)
  RETURN law.name AS bProvisionLaw LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(b:LawVersion)
  RETURN law.name AS bVersionLaw LIMIT 1
}
RETURN rid AS id, type(r) AS type,
       a {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(a.loadedAt),
          nodeLabel: [l IN labels(a) WHERE l <> 'Node'][0], lawName: coalesce(aLaw, aProvisionLaw, aVersionLaw), provisionNumber: aNumber} AS from,
       b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt),
          nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0], lawName: coalesce(bLaw, bProvisionLaw, bVersionLaw), provisionNumber: bNumber} AS to,
       r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url} AS support
