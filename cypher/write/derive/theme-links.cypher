// Reads the stored links with a theme at either end (the other may be a cluster a level left alone).
// Params: none. Returns: a, b, weight
MATCH (a:Theme)-[r:LINKED]->(b)
RETURN a.id AS a, b.id AS b, r.weight AS weight
UNION ALL
MATCH (a:Cluster)-[r:LINKED]->(b:Theme)
RETURN a.id AS a, b.id AS b, r.weight AS weight
