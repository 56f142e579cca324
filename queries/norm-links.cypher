// norm-links: for several norms, the provision that expresses each, whom it binds (actor classes
// or authorities), which authorities it empowers or is owed to, whom a power may require, the
// data it concerns, the duties it triggers and the provisions that sanction it.
// Parameters: $ids (Norm ids).
UNWIND $ids AS id
MATCH (n:Node:Norm {id: id})
CALL (n) {
  OPTIONAL MATCH (p:Provision)-[:EXPRESSES]->(n)
  RETURN head(collect(p {.*, sources: null, nodeLabel: 'Provision'})) AS provision
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(x)
  WHERE type(r) IN ['BINDS', 'EMPOWERS', 'OWED_TO', 'REQUIRES', 'CONCERNS', 'TRIGGERS', 'SANCTIONED_BY']
  WITH r, x ORDER BY x.id
  RETURN collect({type: type(r), node: x {.*, sources: null, nodeLabel: [l IN labels(x) WHERE l <> 'Node'][0]}}) AS links
}
RETURN id, provision,
       [l IN links WHERE l.type = 'BINDS' | l.node] AS bearers,
       [l IN links WHERE l.type = 'EMPOWERS' | l.node] AS empowers,
       [l IN links WHERE l.type = 'OWED_TO' | l.node] AS owedTo,
       [l IN links WHERE l.type = 'REQUIRES' | l.node] AS requires,
       [l IN links WHERE l.type = 'CONCERNS' | l.node] AS dataCategories,
       [l IN links WHERE l.type = 'TRIGGERS' | l.node] AS triggers,
       [l IN links WHERE l.type = 'SANCTIONED_BY' | l.node] AS sanctionedBy
