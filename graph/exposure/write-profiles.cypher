// Stores a batch of exposure profiles (graph/exposure/derive.ts): the items every company of one
// headquarters jurisdiction and one list of sourced capacities is exposed to, derived once for all of
// them. `answer` is the whole ordered list as JSON (each item's tier, categories, status, statement,
// citation, evidence, premises with the company's own as placeholders): what the API reads, as one
// property; `digest` names that content, so the API can keep the answer parsed and
// skip reading it again while it is unchanged. Not Node: internal, never an answer of node, neighbors or paths.
// `provisions`: the ids of the provisions its items cite, for "who does this provision reach"
// (queries/provision-reaches.cypher).
// Parameters: $rows ({id, jurisdiction, capacities, items, provisions, answer, digest}).
UNWIND $rows AS row
CREATE (p:ExposureProfile {id: row.id})
SET p.jurisdiction = row.jurisdiction, p.capacities = row.capacities, p.items = row.items, p.provisions = row.provisions, p.answer = row.answer, p.digest = row.digest
