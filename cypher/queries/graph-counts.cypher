// Counts of papers, concepts and relationships in the graph.
// Internal: GET /api/health and npm start
// Params: none
// Returns: papers, concepts, relationships
CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN papers, concepts, relationships
