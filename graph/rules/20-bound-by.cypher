// bound-by: a company is bound by a DUTY or PROHIBITION of a law version that applies in the
// jurisdiction where the company is headquartered, when the norm binds every organisation there
// (an actor class marked coversEveryOrganisation in ingest/vocab/actors.yaml, e.g. 任何组织和公民),
// or binds a class the company is a member of by a sourced MEMBER_OF_CLASS fact (or a subclass of it).
// Premises recorded on the claim (relationship ids, each with its own evidence):
//   company HEADQUARTERED_IN jurisdiction (catalog, with a public url)
//   law version APPLIES_IN jurisdiction, HAS_PROVISION provision, provision EXPRESSES norm (quotes)
//   norm BINDS actor class (quote), and the membership fact when one was needed.
MATCH (cl:Claim {rule: $rule}) DETACH DELETE cl;

MATCH (c:Company)-[hq:HEADQUARTERED_IN]->(j:Jurisdiction)<-[ai:APPLIES_IN]-(v:LawVersion)-[hp:HAS_PROVISION]->(p:Provision)
MATCH (p)-[ex:EXPRESSES]->(n:Norm)-[b:BINDS]->(a:ActorClass)
WHERE n.modality IN ['DUTY', 'PROHIBITION']
OPTIONAL MATCH (c)-[m:MEMBER_OF_CLASS]->(:ActorClass)-[:SUBCLASS_OF*0..3]->(a)
WITH c, hq, j, ai, v, hp, p, ex, n, b, a, collect(DISTINCT m.id) AS memberships
WHERE a.coversEveryOrganisation = true OR size(memberships) > 0
MATCH (law:Law)-[:HAS_VERSION]->(v)
WITH c, j, v, p, n, law, collect(DISTINCT a.name) AS bearers,
     collect([hq.id, ai.id, hp.id, ex.id, b.id] + memberships) AS premiseLists
WITH c, j, v, p, n, law, bearers,
     reduce(acc = [], l IN premiseLists | acc + [x IN l WHERE NOT x IN acc]) AS premises
MERGE (cl:Node {id: 'claim:' + $rule + ':' + c.id + ':' + n.id})
SET cl:Claim, cl.rule = $rule, cl.method = 'inferred:' + $rule,
    cl.statement = c.name + ' is bound by ' + coalesce(law.name, law.id) + ' ' + p.number +
      ' (' + n.modality + ' of ' + reduce(s = '', x IN bearers | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')' +
      ' because it is headquartered in ' + coalesce(j.name, j.id),
    cl.premises = premises, cl.modality = n.modality, cl.versionId = v.id,
    cl.inForceFrom = v.inForceFrom, cl.inForceTo = v.inForceTo, cl.versionStatus = v.status
MERGE (cl)-[:ABOUT]->(c)
MERGE (cl)-[:UNDER]->(p)
MERGE (cl)-[:VIA]->(n);
