// Creates or updates co-occurrence pairs, from the smaller key to the larger.
// $rows: [{a, b, papers, weight}]
UNWIND $rows AS row
MATCH (a:Concept {key: row.a})
MATCH (b:Concept {key: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.papers = row.papers, r.weight = row.weight
