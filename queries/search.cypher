// search: full text over names, aliases, titles and provision/passage text (Chinese and English).
// Ranking: an exact match of a name, Chinese name, alias or acronym comes first (someone typing
// "DJI" wants the company before the passages that mention it); then the Lucene score, with
// catalog entities and laws slightly ahead of running text at equal relevance.
// The query string is escaped by the caller (api/domains/search.ts).
// Parameters: $query (escaped Lucene query), $raw (the words as typed, for exact matches),
// $labels (list of labels, or null), $skip, $limit.
CALL db.index.fulltext.queryNodes('lawgraph_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Node'][0] AS kind, toLower(trim($raw)) AS key
WHERE $labels IS NULL OR kind IN $labels
WITH node, kind, score,
     CASE WHEN toLower(node.name) = key OR toLower(node.nameZh) = key OR toLower(node.acronym) = key
            OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = key)
            OR any(a IN coalesce(node.acronyms, []) WHERE toLower(a) = key) THEN 1 ELSE 0 END AS exact,
     CASE WHEN kind IN ['Passage', 'Provision', 'Document'] THEN 1.0 ELSE 1.2 END AS weight
WITH node, kind, score, exact, score * weight AS rank
ORDER BY exact DESC, rank DESC, node.id
SKIP $skip LIMIT $limit
OPTIONAL CALL (node, kind) {
  WITH node WHERE kind = 'Provision'
  MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(node)
  RETURN law.name AS lawName LIMIT 1
}
RETURN node {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(node.loadedAt),
             nodeLabel: kind, lawName: lawName} AS node, score, exact = 1 AS exact, rank
ORDER BY exact DESC, rank DESC, node.id
