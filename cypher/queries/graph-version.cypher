// The graph's version, which the API's answer cache is keyed on: the basis of the derived layer (the store
// records it as the last step of every ingest) and the node and relationship counts (read from Neo4j's count
// store; they also move while an ingest writes, and when a graph is loaded without an ingest).
// Internal: the API's answer cache
// Params: none
// Returns: basis, nodes, relationships
OPTIONAL MATCH (s:DerivedState {id: 'derived'})
RETURN s.basis AS basis, COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
