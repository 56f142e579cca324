// search: full text over names, aliases, titles and provision/passage text (Chinese and English).
// Ranking: an exact match of a name, Chinese name, alias or acronym comes first (someone typing
// "DJI" wants the company before the passages that mention it); then the Lucene score, with
// catalog entities and laws slightly ahead of running text at equal relevance; equal ranks in store
// order (elementId), which is stable from page to page.
// The work is bounded by the page, not by how common the words are: Lucene hands over only its best
// $candidates hits (at least 500; an entity further down is not lifted above them by its weight),
// and a phrase query on the name fields finds the exact matches wherever Lucene ranks them. With a
// kinds filter ($candidates null) every hit is read, since the kind asked for may be rare among them.
// Each hit reads no property it can avoid: labels are tested directly, running text (passages,
// provisions, documents) has no names to compare, ties need no id, and whole nodes are read for the
// page only. The query strings are escaped by the caller (api/domains/search.ts).
// Parameters: $query (escaped Lucene query), $names (the same words as a phrase on the name fields),
// $raw (the words as typed, for exact matches), $labels (list of labels, or null), $candidates, $skip,
// $limit.
WITH toLower(trim($raw)) AS key
CALL () {
  CALL db.index.fulltext.queryNodes('lawgraph_search', $query, CASE WHEN $candidates IS NULL THEN {} ELSE {limit: $candidates} END)
    YIELD node, score
  RETURN node, score, false AS byName
  UNION ALL
  CALL db.index.fulltext.queryNodes('lawgraph_search', $names, {limit: 100}) YIELD node, score
  RETURN node, score, true AS byName
}
WITH key, node, max(CASE WHEN NOT byName THEN score END) AS score, max(CASE WHEN byName THEN score END) AS nameScore
WITH node, score, nameScore, key WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, nameScore, key, node:Passage OR node:Provision OR node:Document AS text
WITH node, coalesce(score, nameScore) AS score, score IS NOT NULL AS candidate, elementId(node) AS tie,
     CASE WHEN text THEN 0
          WHEN toLower(node.name) = key OR toLower(node.nameZh) = key OR toLower(node.acronym) = key
            OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = key)
            OR any(a IN coalesce(node.acronyms, []) WHERE toLower(a) = key) THEN 1 ELSE 0 END AS exact,
     coalesce(score, nameScore) * CASE WHEN text THEN 1.0 ELSE 1.2 END AS rank
WHERE candidate OR exact = 1
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
