// Deletes links with a theme at either end that no longer exist.
// $rows: [{a, b}]
UNWIND $rows AS row
CALL (row) {
  MATCH (t:Theme {id: row.a})
  RETURN t AS a
  UNION
  MATCH (k:Cluster {id: row.a})
  RETURN k AS a
}
CALL (row) {
  MATCH (t:Theme {id: row.b})
  RETURN t AS b
  UNION
  MATCH (k:Cluster {id: row.b})
  RETURN k AS b
}
MATCH (a)-[r:LINKED]->(b)
DELETE r
