// Deletes cluster links that no longer exist.
// $rows: [{a, b}]
UNWIND $rows AS row
MATCH (:Cluster {id: row.a})-[r:LINKED]->(:Cluster {id: row.b})
DELETE r
