// exposure: every provision that could compel a company or restrict it, as of a date.
//  1. Claims of the rules bound-by (DUTY/PROHIBITION) and subject-to-power (POWER) about the
//     company, whose law version is in force on $asOf (inForceFrom <= asOf < inForceTo).
//  2. Restrictions abroad: (Law|Authority)-[:RESTRICTS]->(company) facts with their support.
// The company is resolved here (id, or name / Chinese name / alias / acronym, case-insensitive)
// so that the whole answer is one round trip; `candidates` lets the caller report none or many.
// Items are ordered: POWER, DUTY owed to an authority, other DUTY/PROHIBITION, restrictions;
// then by law name, provision order and norm id.
// Parameters: $company (id or name), $asOf (yyyy-mm-dd).
CALL () {
  OPTIONAL MATCH (byId:Company {id: $company})
  OPTIONAL MATCH (byKey:Node:Company {nameKey: toLower(trim($company))})
  RETURN collect(DISTINCT byId) + collect(DISTINCT byKey) AS direct
}
CALL (direct) {
  // Other names (Chinese name, aliases, acronyms) only when id and main name miss: the UNWIND over
  // an empty list runs nothing; candidates come from the full-text index, compared exactly.
  UNWIND CASE WHEN size(direct) = 0 AND trim($company) <> '' THEN [toLower(trim($company))] ELSE [] END AS key
  CALL db.index.fulltext.queryNodes('lawgraph_search', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS c
  WITH c, key WHERE c:Company
    AND (toLower(c.nameZh) = key OR toLower(c.acronym) = key
     OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = key)
     OR any(a IN coalesce(c.acronyms, []) WHERE toLower(a) = key))
  RETURN collect(DISTINCT c) AS others
}
WITH direct + others AS companies
WITH companies, CASE WHEN size(companies) = 1 THEN companies[0] END AS c
CALL (c) {
  MATCH (c)<-[:ABOUT]-(cl:Claim)-[:VIA]->(n:Norm)
  WHERE cl.rule IN ['bound-by', 'subject-to-power']
    AND cl.inForceFrom <= $asOf AND (cl.inForceTo IS NULL OR $asOf < cl.inForceTo)
  MATCH (cl)-[:UNDER]->(p:Provision)-[ex:EXPRESSES]->(n)
  MATCH (law:Law)-[:HAS_VERSION]->(v:LawVersion {id: cl.versionId})
  CALL (n) {
    OPTIONAL MATCH (n)-[:BINDS]->(x)
    RETURN collect(x {.*, sources: null, nodeLabel: [l IN labels(x) WHERE l <> 'Node'][0]}) AS bearers
  }
  CALL (n) {
    OPTIONAL MATCH (n)-[:EMPOWERS]->(x:Authority)
    RETURN collect(x {.*, sources: null, nodeLabel: 'Authority'}) AS empowers
  }
  CALL (n) {
    OPTIONAL MATCH (n)-[:OWED_TO]->(x:Authority)
    RETURN collect(x {.*, sources: null, nodeLabel: 'Authority'}) AS owedTo
  }
  WITH cl, n, p, ex, law, v, bearers, empowers, owedTo,
       CASE WHEN n.modality = 'POWER' THEN 0 WHEN n.modality = 'DUTY' AND size(owedTo) > 0 THEN 1 ELSE 2 END AS rank
  ORDER BY rank, coalesce(law.name, law.id), p.order, n.id
  RETURN collect({
    rank: rank,
    claim: cl {.*, sources: null, nodeLabel: 'Claim'},
    law: law {.*, sources: null, nodeLabel: 'Law'},
    version: v {.*, sources: null, nodeLabel: 'LawVersion'},
    provision: p {.*, sources: null, nodeLabel: 'Provision', lawName: law.name},
    norm: n {.*, sources: null, nodeLabel: 'Norm', bearers: bearers, empowers: empowers, owedTo: owedTo},
    support: ex {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}
  }) AS claims
}
CALL (c) {
  MATCH (c)<-[r:RESTRICTS]-(x)
  WHERE x:Law OR x:Authority
  WITH r, x ORDER BY coalesce(x.name, x.id)
  RETURN collect({
    rank: 3,
    restrictedBy: x {.*, sources: null, nodeLabel: [l IN labels(x) WHERE l <> 'Node'][0]},
    law: CASE WHEN x:Law THEN x {.*, sources: null, nodeLabel: 'Law'} END,
    support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}
  }) AS restrictions
}
RETURN [x IN companies | x {.*, sources: null, nodeLabel: 'Company'}] AS candidates, c.id AS companyId,
       claims + restrictions AS items
