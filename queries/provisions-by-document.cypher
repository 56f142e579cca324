// provisions-by-document: the provisions of several documents, in order, for batched lookups.
// Parameters: $documentIds (manifest ids), $kind (article | recital | annex | section, or null).
UNWIND $documentIds AS documentId
MATCH (p:Provision {documentId: documentId})
WHERE $kind IS NULL OR p.kind = $kind
WITH documentId, p ORDER BY p.kind, p.order
RETURN documentId, collect(p {.*, sources: null, nodeLabel: 'Provision'}) AS provisions
