// The methods mentioned by the most papers, with the papers that propose them.
// Params:
//   $limit: how many methods (example: 15)
// Returns: method, proposes, paper
MATCH (method:Method)
WITH method
ORDER BY method.paperCount DESC, method.key
LIMIT $limit
OPTIONAL MATCH (paper:Paper)-[proposes:PROPOSES]->(method)
RETURN method, proposes, paper
