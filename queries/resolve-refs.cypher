// resolve-refs: what each reference (an id, or a name, Chinese name, alias, acronym or title,
// compared case-insensitively and exactly) names among nodes with the given labels. An exact id
// match wins; otherwise every name match is a candidate (the caller reports ambiguity).
// Parameters: $refs (list of strings), $labels (list of node labels to search by name),
// $idLabels (labels an id match may have, or null for any).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Node {id: ref})
  WHERE $idLabels IS NULL OR any(l IN labels(n) WHERE l IN $idLabels)
  RETURN collect(n) AS byId
}
CALL (ref, byId) {
  // The main name is an index seek (nameKey); only when it misses are the other names scanned.
  WITH ref, byId WHERE size(byId) = 0
  MATCH (n:Node {nameKey: toLower(trim(ref))})
  WHERE any(l IN labels(n) WHERE l IN $labels)
  RETURN collect(n) AS byKey
}
CALL (ref, byId, byKey) {
  // Other names and aliases, only when id and main name missed: the UNWIND over an empty list
  // runs nothing (a WHERE here would be planned as a filter over a full scan). Candidates come
  // from the full-text index (a phrase query on the reference), then are compared exactly.
  UNWIND CASE WHEN size(byId) = 0 AND size(byKey) = 0 AND trim(ref) <> '' THEN [toLower(trim(ref))] ELSE [] END AS key
  CALL db.index.fulltext.queryNodes('lawgraph_search', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS n
  WITH n, key WHERE any(l IN labels(n) WHERE l IN $labels)
    AND (toLower(n.name) = key OR toLower(n.nameZh) = key OR toLower(n.title) = key
     OR toLower(n.officialTitle) = key OR toLower(n.shortName) = key OR toLower(n.acronym) = key
     OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = key)
     OR any(a IN coalesce(n.acronyms, []) WHERE toLower(a) = key))
  RETURN collect(DISTINCT n) AS byName
}
RETURN ref, [x IN byId + byKey + byName | x {.*, supportNodes: null, supportRels: null, sources: null, loadedAt: toString(x.loadedAt),
                                     nodeLabel: [l IN labels(x) WHERE l <> 'Node'][0]}] AS candidates
