// provision-reaches: the companies whose exposure answer cites a provision (graph/exposure: the
// profiles whose items cite it, then the companies bound to them), by name, at most $limit. The
// profiles are few (one per headquarters and list of capacities), so they are read whole.
// Parameters: $id (provision id), $limit.
MATCH (p:ExposureProfile) WHERE $id IN p.provisions
MATCH (b:ExposureBinding {profileId: p.id})
MATCH (c:Node:Company {id: b.companyId})
WITH DISTINCT c ORDER BY c.name, c.id LIMIT $limit
RETURN c {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(c.loadedAt),
          nodeLabel: 'Company'} AS node
