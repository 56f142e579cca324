// nodes-by-id: any nodes by their stable id, for node(id) and batched lookups.
// Parameters: $ids (list of node ids). Returns one row per id found: {id, node}.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, n {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(n.loadedAt),
              nodeLabel: [l IN labels(n) WHERE l <> 'Node'][0]} AS node
