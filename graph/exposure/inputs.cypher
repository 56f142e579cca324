// What the exposure derivation (graph/exposure) reads, in one round trip: every
// company with where it is headquartered and its sourced capacities; every actor class with the
// classes the statutes' definitions place it under; every norm of a law version that applies in a
// jurisdiction, with whom it binds, requires, empowers and is owed to, and the penalties that
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
  RETURN collect({
    jurisdiction: j.id, appliesIn: ai.id, lawId: law.id, lawName: coalesce(law.name, law.id), lawNameZh: law.nameZh,
    versionId: v.id, inForceFrom: v.inForceFrom, inForceTo: v.inForceTo, versionStatus: v.status,
    provisionId: p.id, locator: p.locator, number: p.number, order: p.order, hasProvision: hp.id,
    normId: n.id, modality: n.modality, actions: coalesce(n.actions, []), sanction: n.sanction, expresses: ex.id,
    bearerTerm: n.bearerTerm, documentId: n.documentId, normLocator: n.locator, quote: n.quote,
    binds: [(n)-[r:BINDS]->(x) | {id: x.id, rel: r.id}],
    requires: [(n)-[r:REQUIRES]->(x:ActorClass) | {id: x.id, rel: r.id}],
    empowers: [(n)-[r:EMPOWERS]->(x:Authority) | {id: x.id, name: x.name, rel: r.id}],
    owedTo: [(n)-[r:OWED_TO]->(x:Authority) | {id: x.id, name: x.name, rel: r.id}],
    sanctionedBy: [(n)-[r:SANCTIONED_BY]->(q:Provision) | {id: q.id, rel: r.id}]
  }) AS norms
}
RETURN companies, classes, norms
