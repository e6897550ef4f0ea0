// Reads the base graph derive starts from: every paper, its year and the concepts it reaches.
// Params: none. Returns: id, year (null when unknown), concepts (list of concept keys)
MATCH (p:Paper)
RETURN p.id AS id, p.year AS year,
       COLLECT { MATCH (p)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(c:Concept) RETURN DISTINCT c.key } AS concepts
