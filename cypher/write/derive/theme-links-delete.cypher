// Deletes theme links that no longer exist.
// $rows: [{a, b}]
UNWIND $rows AS row
MATCH (:Theme {id: row.a})-[r:LINKED]->(:Theme {id: row.b})
DELETE r
