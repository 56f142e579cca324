// subject-to-power: a company can be compelled under a POWER of an authority when the power
// REQUIRES something of an actor class the company falls in (same membership test as bound-by),
// in a law version applying where the company is headquartered. NIL Art. 14: the intelligence
// agencies may require support of organisations and citizens; DJI is one such organisation.
MATCH (cl:Claim {rule: $rule}) DETACH DELETE cl;

MATCH (c:Company)-[hq:HEADQUARTERED_IN]->(j:Jurisdiction)<-[ai:APPLIES_IN]-(v:LawVersion)-[hp:HAS_PROVISION]->(p:Provision)
MATCH (p)-[ex:EXPRESSES]->(n:Norm {modality: 'POWER'})-[rq:REQUIRES]->(a:ActorClass)
OPTIONAL MATCH (c)-[m:MEMBER_OF_CLASS]->(:ActorClass)-[:SUBCLASS_OF*0..3]->(a)
WITH c, hq, j, ai, v, hp, p, ex, n, rq, a, collect(DISTINCT m.id) AS memberships
WHERE a.coversEveryOrganisation = true OR size(memberships) > 0
MATCH (law:Law)-[:HAS_VERSION]->(v)
OPTIONAL MATCH (n)-[:EMPOWERS]->(auth:Authority)
WITH c, j, v, p, n, law, collect(DISTINCT auth.name) AS holders,
     collect([hq.id, ai.id, hp.id, ex.id, rq.id] + memberships) AS premiseLists
WITH c, j, v, p, n, law, holders,
     reduce(acc = [], l IN premiseLists | acc + [x IN l WHERE NOT x IN acc]) AS premises
MERGE (cl:Node {id: 'claim:' + $rule + ':' + c.id + ':' + n.id})
SET cl:Claim, cl.rule = $rule, cl.method = 'inferred:' + $rule,
    cl.statement = c.name + ' can be required to act under ' + coalesce(law.name, law.id) + ' ' + p.number +
      CASE WHEN size(holders) > 0 THEN ' (a power of ' + reduce(s = '', x IN holders | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')' ELSE '' END +
      ' because it is headquartered in ' + coalesce(j.name, j.id),
    cl.premises = premises, cl.modality = n.modality, cl.versionId = v.id,
    cl.inForceFrom = v.inForceFrom, cl.inForceTo = v.inForceTo, cl.versionStatus = v.status
MERGE (cl)-[:ABOUT]->(c)
MERGE (cl)-[:UNDER]->(p)
MERGE (cl)-[:VIA]->(n);
