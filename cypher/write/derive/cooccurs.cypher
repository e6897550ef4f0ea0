// Reads the stored co-occurrence pairs.
// Params: none. Returns: a, b, papers, weight
MATCH (a:Concept)-[r:CO_OCCURS]->(b:Concept)
RETURN a.key AS a, b.key AS b, r.papers AS papers, r.weight AS weight
