// Creates or updates cluster links, from the smaller id to the larger.
// $rows: [{a, b, weight}]
UNWIND $rows AS row
MATCH (a:Cluster {id: row.a})
MATCH (b:Cluster {id: row.b})
MERGE (a)-[r:LINKED]->(b)
SET r.weight = row.weight
