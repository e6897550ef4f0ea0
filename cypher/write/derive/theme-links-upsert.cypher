// Creates or updates links with a theme at either end (the other a theme or a cluster), from the smaller id
// to the larger. Theme ids (t<level>:...) never equal cluster ids (concept keys).
// $rows: [{a, b, weight}]
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
MERGE (a)-[r:LINKED]->(b)
SET r.weight = row.weight
