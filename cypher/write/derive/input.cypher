// Reads the base graph derive starts from: every paper and the concepts it reaches.
// Params: none. Returns: id, concepts (list of concept keys)
MATCH (p:Paper)
RETURN p.id AS id,
       COLLECT { MATCH (p)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(c:Concept) RETURN DISTINCT c.key } AS concepts
