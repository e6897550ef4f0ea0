// Sets concepts' context norm: the length of their idf-weighted context (cypher/queries/related-methods.cypher).
// $rows: [{key, contextNorm}]
UNWIND $rows AS row
MATCH (c:Concept {key: row.key})
SET c.contextNorm = row.contextNorm
