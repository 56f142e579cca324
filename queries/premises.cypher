// premises: relationships by id ("<start id>|<TYPE>|<end id>", as claims list their premises),
// with both ends and their support, in one batched round trip.
// Parameters: $ids (relationship ids).
UNWIND $ids AS rid
WITH rid, split(rid, '|') AS part
MATCH (a:Node {id: part[0]})-[r:$(part[1])]->(b:Node {id: part[2]})
RETURN rid AS id, type(r) AS type,
       a {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(a.loadedAt),
          nodeLabel: [l IN labels(a) WHERE l <> 'Node'][0]} AS from,
       b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt),
          nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]} AS to,
       r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url} AS support
