// provision-context: for several provisions, the law version that contains each and its law.
// Parameters: $ids (Provision ids).
UNWIND $ids AS id
MATCH (v:LawVersion)-[:HAS_PROVISION]->(p:Node:Provision {id: id})
OPTIONAL MATCH (law:Law)-[:HAS_VERSION]->(v)
RETURN id, v {.*, sources: null, nodeLabel: 'LawVersion'} AS version, law {.*, sources: null, nodeLabel: 'Law'} AS law
