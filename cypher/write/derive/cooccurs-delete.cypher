// Deletes co-occurrence pairs that no longer exist.
// $rows: [{a, b}]
UNWIND $rows AS row
MATCH (:Concept {key: row.a})-[r:CO_OCCURS]->(:Concept {key: row.b})
DELETE r
