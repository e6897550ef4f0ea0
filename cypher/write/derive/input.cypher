// Reads the base graph derive starts from: every paper, its graph hash and the concepts it reaches.
// Params: none. Returns: id, graphHash, concepts (list of concept keys)
MATCH (p:Paper)
RETURN p.id AS id, p.graphHash AS graphHash,
       COLLECT { MATCH (p)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(c:Concept) RETURN DISTINCT c.key } AS concepts
