// Deletes concepts nothing states any more (no paper edge, no lineage edge) with their derived edges.
// Params: none. Returns: deleted
MATCH (c:Concept)
WHERE NOT EXISTS { (c)<-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]-(:Paper) }
  AND NOT EXISTS { (c)-[:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(:Concept) }
DETACH DELETE c
RETURN count(*) AS deleted
