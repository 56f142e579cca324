// documents-by-id: documents by node id, for batched lookups.
// Parameters: $ids (list of Document ids, "doc:<manifest id>").
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.*, supportNodes: null, supportRels: null, loadedAt: toString(d.loadedAt)} AS document
