// version-order: versions of one law, ordered by date, are linked later -[:AMENDS]-> earlier,
// and every version but the latest gets inForceTo = the next version's in-force date.
// Premises: HAS_VERSION (structure) and the dates read from each version's own header.
MATCH ()-[r:AMENDS {method: 'inferred:version-order'}]->() DELETE r;

MATCH (law:Law)-[:HAS_VERSION]->(v:LawVersion)
WHERE v.date IS NOT NULL
WITH law, v ORDER BY v.date, v.id
WITH law, collect(v) AS versions
UNWIND range(0, size(versions) - 1) AS i
WITH versions[i] AS v, CASE WHEN i + 1 < size(versions) THEN versions[i + 1] ELSE null END AS next
SET v.inForceTo = CASE WHEN next IS NULL OR next.date = v.date THEN null ELSE next.inForceFrom END,
    v.status = CASE WHEN next IS NULL OR next.date = v.date THEN 'in_force' ELSE 'superseded' END
WITH v, next WHERE next IS NOT NULL AND next.date <> v.date
MERGE (next)-[a:AMENDS]->(v)
// Derived relationships carry their evidence flat: the later version's own date line; and the keys
// every relationship has (graph/relationship-keys.ts).
SET a.method = 'inferred:version-order', a.confidence = 1.0, a.documentId = next.documentId,
    a.locator = 'header', a.quote = coalesce(next.dateLines[-1], next.date),
    a.id = next.id + '|AMENDS|' + v.id, a.reverseId = v.id + '|AMENDS|' + next.id;
