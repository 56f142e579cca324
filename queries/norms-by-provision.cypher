// norms-by-provision: the norms several provisions express, in text order, for batched lookups.
// Parameters: $ids (Provision ids). Returns {id, norms}; provisions without norms are absent.
UNWIND $ids AS id
MATCH (p:Node:Provision {id: id})-[:EXPRESSES]->(n:Norm)
WITH id, n ORDER BY n.start, n.id
RETURN id, collect(n {.*, sources: null, nodeLabel: 'Norm'}) AS norms
