// export-ftm-countries: the jurisdictions (ids `jur:<code>`) each exported entity is headquartered
// in, for the FollowTheMoney export: FtM has no link schema for a country, so it becomes a property.
// Parameters: $ids (node ids, or null for the whole graph).
MATCH (a:Node)-[:HEADQUARTERED_IN]->(j:Jurisdiction)
WHERE $ids IS NULL OR (a.id IN $ids AND j.id IN $ids)
RETURN a.id AS id, collect(DISTINCT j.id) AS jurisdictions
