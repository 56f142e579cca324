// same-law: a law a report names in its own words (recognised, `curated: false`, such as 《中华人民共和国反外国制裁法》
// read as law:~中华人民共和国反外国制裁法) -[:SAME_AS]-> the one law the graph holds under exactly that name from a
// statute's text or the catalog (its name, Chinese name, official title or an alias; compared as names are keyed:
// trimmed, lower case). Reports are extracted one by one, without the store, so a statute loaded from the user's
// own corpus is joined here, after the load, whatever the order the documents came in. A name that two laws carry is
// ambiguous and joins neither: never merged by guess.
// Premises: the recognised law's name (its nameKey, as the loader wrote it) and the law's own names.
MATCH ()-[a:SAME_AS {method: 'inferred:same-name'}]->() DELETE a;

MATCH (s:Law) WHERE coalesce(s.curated, true)
UNWIND [n IN [s.name, s.nameZh, s.officialTitle] + coalesce(s.aliases, []) WHERE n IS NOT NULL AND trim(n) <> ''] AS name
WITH s, name, toLower(trim(name)) AS key
MATCH (r:Node {nameKey: key}) WHERE r:Law AND r.curated = false
WITH r, collect(DISTINCT s) AS laws, collect(name)[0] AS name
WHERE size(laws) = 1
WITH r, laws[0] AS s, name
OPTIONAL MATCH (s)-[:HAS_VERSION]->(:LawVersion)-[:EXPRESSED_BY]->(d:Document)
// Its document's manifest id, as every relationship's documentId is (the node's id without `doc:`).
WITH r, s, name, substring(min(d.id), 4) AS document
MERGE (r)-[a:SAME_AS]->(s)
// Derived relationships carry their evidence flat (as version-order's AMENDS): the name both bear, and the
// document of the law's text when the graph holds one.
SET a.method = 'inferred:same-name', a.confidence = 1.0, a.documentId = document,
    a.locator = 'title', a.quote = name,
    a.id = r.id + '|SAME_AS|' + s.id, a.reverseId = s.id + '|SAME_AS|' + r.id;
