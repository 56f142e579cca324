// suggested-relations: a node's machine suggestions (SUGGESTS: the learned relation model's reading of a report
// sentence where the rules read no relation; unchecked, never a stated fact), each with the node at the other end and
// every supporting sentence (the evidence: its method model:<predicate>, its confidence the model's probability).
// Read only when the API is asked for them (an entity's suggestedRelations).
// Parameters: $id (node id), $limit (relationships).
MATCH (a:Node {id: $id})-[r:SUGGESTS]-(b)
WITH a, r, b ORDER BY b.id, startNode(r) = a DESC
LIMIT $limit
RETURN CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       b {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(b.loadedAt),
          nodeLabel: [l IN labels(b) WHERE l <> 'Node'][0]} AS node,
       r.evidence AS evidence
