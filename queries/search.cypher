// search: full text over names, aliases, titles and provision/passage text (Chinese and English).
// Ranking: an exact match of a name, Chinese name, alias or acronym comes first (someone typing
// "DJI" wants the company before the passages that mention it); then the Lucene score, with
// catalog entities and laws slightly ahead of running text at equal relevance; equal ranks in store
// order (elementId), which is stable from page to page.
// Every hit is ranked before the page is cut (thousands for a common name), so the work per hit
// reads no property it can avoid: labels are tested directly, running text (passages, provisions,
// documents) has no names to compare, ties need no id, and whole nodes are read for the page only.
// The query string is escaped by the caller (api/domains/search.ts).
// Parameters: $query (escaped Lucene query), $raw (the words as typed, for exact matches),
// $labels (list of labels, or null), $skip, $limit.
WITH toLower(trim($raw)) AS key
CALL db.index.fulltext.queryNodes('lawgraph_search', $query) YIELD node, score
WITH node, score, key WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, key, node:Passage OR node:Provision OR node:Document AS text
WITH node, score, elementId(node) AS tie,
     CASE WHEN text THEN 0
          WHEN toLower(node.name) = key OR toLower(node.nameZh) = key OR toLower(node.acronym) = key
            OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = key)
            OR any(a IN coalesce(node.acronyms, []) WHERE toLower(a) = key) THEN 1 ELSE 0 END AS exact,
     score * CASE WHEN text THEN 1.0 ELSE 1.2 END AS rank
ORDER BY exact DESC, rank DESC, tie
SKIP $skip LIMIT $limit
WITH node, score, exact, rank, tie, [l IN labels(node) WHERE l <> 'Node'][0] AS kind
OPTIONAL CALL (node, kind) {
  WITH node WHERE kind = 'Provision'
  MATCH (law:Law)-[:HAS_VERSION]->(:LawVersion)-[:HAS_PROVISION]->(node)
  RETURN law.name AS lawName LIMIT 1
}
RETURN node {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(node.loadedAt),
             nodeLabel: kind, lawName: lawName} AS node, score, exact = 1 AS exact, rank
ORDER BY exact DESC, rank DESC, tie
