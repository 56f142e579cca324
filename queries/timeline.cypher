// timeline: law versions (with their law) from which adoption, amendment, revision and
// entry-into-force events are read (api/timeline.ts), optionally of one jurisdiction.
// Parameters: $jurisdiction (code: cn, eu, us, nl, intl; or null for all).
MATCH (law:Law)-[:HAS_VERSION]->(v:LawVersion)
WHERE $jurisdiction IS NULL OR v.jurisdiction = $jurisdiction
   OR EXISTS { (v)-[:APPLIES_IN]->(:Node:Jurisdiction {id: 'jur:' + $jurisdiction}) }
RETURN law {.*, sources: null, nodeLabel: 'Law'} AS law, v {.*, sources: null, nodeLabel: 'LawVersion'} AS version
ORDER BY law.id, v.date, v.id
