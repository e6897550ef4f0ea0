// Creates or updates links between themes of one level, from the smaller id to the larger.
// $rows: [{a, b, weight}]
UNWIND $rows AS row
MATCH (a:Theme {id: row.a})
MATCH (b:Theme {id: row.b})
MERGE (a)-[r:LINKED]->(b)
SET r.weight = row.weight
