// What the exposure derivation (graph/exposure) reads, in one round trip: every
// company with where it is headquartered and its sourced capacities; every actor class with the
// classes the statutes' definitions place it under; every norm of a law version that applies in a
// jurisdiction, with whom it binds, requires, empowers and is owed to (an authority with the authorities the
// statutes' definitions count it among), and the penalties that
// sanction it, and its sentence (document, locator, quote). Relationship ids are returned so that
// derived claims can cite their premises.
// Parameters: none.
CALL () {
  MATCH (c:Company)
  RETURN collect({
    id: c.id, name: c.name,
    hq: [(c)-[r:HEADQUARTERED_IN]->(j:Jurisdiction) | {jurisdiction: j.id, rel: r.id}],
    capacities: [(c)-[r:HAS_CAPACITY]->(k:Capacity) | {id: k.id, meets: coalesce(k.meets, []), rel: r.id, from: r.from, to: r.to}]
  }) AS companies
}
CALL () {
  MATCH (a:ActorClass)
  RETURN collect({
    id: a.id, name: a.name, nameZh: a.nameZh, aliases: coalesce(a.aliases, []),
    covers: coalesce(a.coversEveryOrganisation, false), condition: a.condition,
    supers: [(a)-[r:SUBCLASS_OF]->(b:ActorClass) | {id: b.id, rel: r.id}]
  }) AS classes
}
CALL () {
  MATCH (law:Law)-[:HAS_VERSION]->(v:LawVersion)-[ai:APPLIES_IN]->(j:Jurisdiction)
  MATCH (v)-[hp:HAS_PROVISION]->(p:Provision)-[ex:EXPRESSES]->(n:Norm)
  // A norm is a list of its fields in the order of NORM_FIELDS (graph/exposure/index.ts), not a map:
  // the driver spent about as much CPU on 3000 maps' keys as on the rest.
  RETURN collect([
    j.id, ai.id, law.id, coalesce(law.name, law.id), law.nameZh,
    v.id, v.inForceFrom, v.inForceTo, v.status,
    p.id, p.locator, p.number, p.order, hp.id,
    n.id, n.modality, coalesce(n.actions, []), n.sanction, ex.id,
    n.bearerTerm, n.documentId, n.locator, n.quote, n.predicate,
    [(n)-[r:BINDS]->(x) | {id: x.id, rel: r.id}],
    [(n)-[r:REQUIRES]->(x:ActorClass) | {id: x.id, rel: r.id}],
    [(n)-[r:EMPOWERS]->(x:Authority) | {id: x.id, name: x.name, rel: r.id, kinds: [(x)-[:SUBCLASS_OF]->(y:Authority) | y.name]}],
    [(n)-[r:OWED_TO]->(x:Authority) | {id: x.id, name: x.name, rel: r.id, kinds: [(x)-[:SUBCLASS_OF]->(y:Authority) | y.name]}],
    [(n)-[r:SANCTIONED_BY]->(q:Provision) | {id: q.id, rel: r.id}]
  ]) AS norms
}
RETURN companies, classes, norms
