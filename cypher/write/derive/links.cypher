// Reads the stored cluster links.
// Params: none. Returns: a, b, weight
MATCH (a:Cluster)-[r:LINKED]->(b:Cluster)
RETURN a.id AS a, b.id AS b, r.weight AS weight
