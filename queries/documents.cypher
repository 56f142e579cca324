// documents: all loaded documents (the catalog pseudo-document excluded), by id.
// Parameters: $kind (string or null: report | statute | regulation | …).
MATCH (d:Document)
WHERE d.kind <> 'catalog' AND ($kind IS NULL OR d.kind = $kind)
RETURN d {.*, supportNodes: null, supportRels: null, loadedAt: toString(d.loadedAt), sources: null, nodeLabel: 'Document'} AS document
ORDER BY d.id
