// Stores a batch of derived exposure claims (graph/exposure), each with its links to
// the company, the provision and the norms it groups. Claims are derived facts (method
// inferred:exposure); their premises are relationship ids, each with its own evidence.
// `answer` is the whole claim as JSON, evidence included: what the API shows, read as one property
// (reading a claim's twenty properties, nine of them lists, costs several times more).
// Parameters: $rows (graph/exposure/derive.ts ExposureClaim).
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (p:Provision {id: row.provisionId})
CREATE (cl:Node:Claim {id: row.id})
SET cl += row { .companyId, .provisionId, .lawId, .versionId, .inForceFrom, .inForceTo, .versionStatus, .tier,
                .categories, .status, .conditions, .reach, .citation, .statement, .normIds, .premises, .sanctions, .rank },
    cl.rule = 'exposure', cl.method = 'inferred:exposure', cl.answer = row.answer
CREATE (cl)-[:ABOUT]->(c)
CREATE (cl)-[:UNDER]->(p)
WITH cl, row
UNWIND row.normIds AS normId
MATCH (n:Norm {id: normId})
CREATE (cl)-[:VIA]->(n)
