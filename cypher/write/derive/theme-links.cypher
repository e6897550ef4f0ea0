// Reads the stored links between themes of one level.
// Params: none. Returns: a, b, weight
MATCH (a:Theme)-[r:LINKED]->(b:Theme)
RETURN a.id AS a, b.id AS b, r.weight AS weight
