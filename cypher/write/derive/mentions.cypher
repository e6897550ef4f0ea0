// Reads every paper with the concepts it mentions (proposes, uses, evaluates on, addresses or measures;
// results' targets aside): what derive precomputes context norms and cluster papers from (answers.ts).
// Params: none. Returns: id, mentioned (list of concept keys)
MATCH (p:Paper)
RETURN p.id AS id,
       COLLECT { MATCH (p)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept) RETURN DISTINCT c.key } AS mentioned
