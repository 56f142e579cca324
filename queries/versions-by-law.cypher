// versions-by-law: the versions of several laws, oldest first, for batched lookups.
// Parameters: $ids (Law ids). Returns {id, versions}; laws without versions are absent.
UNWIND $ids AS id
MATCH (:Node:Law {id: id})-[:HAS_VERSION]->(v:LawVersion)
WITH id, v ORDER BY v.date, v.id
RETURN id, collect(v {.*, sources: null, nodeLabel: 'LawVersion'}) AS versions
