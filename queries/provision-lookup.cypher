// provision-lookup: provisions of one document by locator (art_7, rct_12) or number as printed
// (第七条, 7), for provision(document:, article:).
// Parameters: $documentId (manifest id), $locators (candidate locators), $number (as printed).
MATCH (p:Provision {documentId: $documentId})
WHERE p.locator IN $locators OR p.number = $number
WITH p ORDER BY p.kind, p.order
RETURN p {.*, sources: null, nodeLabel: 'Provision'} AS node
