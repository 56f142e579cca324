// exposure: what could compel a company, and what restricts it abroad, as of a date.
//  1. The company's exposure, materialised at load (graph/exposure): its binding (one index seek on
//     companyId) names its profile (headquarters jurisdiction and sourced capacities) and holds its own
//     premises; the profile's answer (one seek on id) is every item of every law version, already
//     ordered (rank: compels, supervision, context; applies before conditional; then citation), as one
//     JSON property, named by its digest; an answer whose digest is in $cached (the API holds it
//     parsed) is not read again. The API keeps the items in force on $asOf and those of $tiers /
//     $categories, and puts the company's premises in place (api/domains/exposure.ts).
//  2. Restrictions abroad: RESTRICTS / DESIGNATES / ADDS_TO_LIST from a law or authority, dated
//     (from <= asOf < to where the source dates them), with their support; those dated after asOf as
//     upcoming; bills' measures apart, as proposals. Read only when $measures (the request asks them).
//  3. The company's sourced capacities (what statutes key on), only when $capacities.
// The company is resolved here (id, or name / Chinese name / alias / acronym / a recognised company's name
// without its legal form, case-insensitive)
// so that the whole answer is one round trip; `candidates` lets the caller report none or many.
// Parameters: $company (id or name), $asOf (yyyy-mm-dd), $billStatuses (the law statuses of a bill,
// ingest/catalog), $cached (digests of profile answers the API holds), $measures and $capacities
// (booleans: whether to read parts 2 and 3).
CALL () {
  OPTIONAL MATCH (byId:Node:Company {id: $company})
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
    AND (toLower(c.nameZh) = key OR toLower(c.acronym) = key OR toLower(c.shortName) = key
     OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = key)
     OR any(a IN coalesce(c.acronyms, []) WHERE toLower(a) = key))
  RETURN collect(DISTINCT c) AS others
}
WITH direct + others AS companies
WITH companies, CASE WHEN size(companies) = 1 THEN companies[0] END AS c
CALL (c) {
  MATCH (b:ExposureBinding {companyId: c.id})
  MATCH (p:ExposureProfile {id: b.profileId})
  RETURN collect({digest: p.digest, answer: CASE WHEN p.digest IN $cached THEN null ELSE p.answer END, premises: b.premises}) AS profiles
}
CALL (c) {
  // Statute text naming the company first (its relation carries the provision), then catalog and report
  // facts, each oldest first. A bill's measures (its own PROPOSES, or anything a report says it does)
  // are proposals with the bill's status, dated by that status, never restrictions.
  WITH c WHERE $measures
  MATCH (c)<-[r:RESTRICTS|DESIGNATES|ADDS_TO_LIST|PROPOSES]-(x)
  WHERE x:Law OR x:Authority
  WITH r, x, type(r) = 'PROPOSES' OR (x:Law AND x.status IN $billStatuses) AS bill
  WITH r, x, bill, CASE
    WHEN bill THEN CASE WHEN x.date IS NULL OR x.date <= $asOf THEN 'proposal' END
    WHEN r.to IS NOT NULL AND r.to <= $asOf THEN null
    WHEN r.from IS NOT NULL AND $asOf < r.from THEN 'upcoming'
    ELSE 'restriction' END AS standing
  WHERE standing IS NOT NULL
  WITH r, x, bill, standing ORDER BY CASE WHEN r.provisionId IS NULL THEN 1 ELSE 0 END, coalesce(r.from, x.date, ''), coalesce(x.name, x.id)
  WITH collect({
    standing: standing, type: type(r), from: CASE WHEN bill THEN x.date ELSE r.from END, to: r.to, status: x.status, bill: bill,
    provisionId: r.provisionId,
    by: x {.*, sources: null, nodeLabel: [l IN labels(x) WHERE l <> 'Node'][0]},
    support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}
  }) AS measures
  RETURN [m IN measures WHERE m.standing = 'restriction'] AS restrictions,
         [m IN measures WHERE m.standing = 'upcoming'] AS upcoming,
         [m IN measures WHERE m.standing = 'proposal'] AS proposals
}
CALL (c) {
  WITH c WHERE $capacities
  MATCH (c)-[r:HAS_CAPACITY]->(k:Capacity)
  RETURN collect({capacity: k {.*, sources: null, nodeLabel: 'Capacity'}, from: r.from, to: r.to,
                  support: r {.evidence, .documentId, .locator, .quote, .method, .confidence, .url}}) AS capacities
}
RETURN [x IN companies | x {.*, sources: null, nodeLabel: 'Company'}] AS candidates, c.id AS companyId,
       profiles, restrictions, upcoming, proposals, capacities
