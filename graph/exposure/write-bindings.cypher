// Stores a batch of companies' bindings to their exposure profiles (graph/exposure/derive.ts): the
// profile, and the company's own premises (headquarters and capacity relationship ids) as JSON, keyed
// by the placeholders the profile's items cite. Read with one index seek on companyId.
// Parameters: $rows ({companyId, profileId, premises}).
UNWIND $rows AS row
CREATE (b:ExposureBinding {companyId: row.companyId})
SET b.profileId = row.profileId, b.premises = row.premises
