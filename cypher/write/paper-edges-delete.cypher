// Removes every edge the given papers state (mentions, results, lineage), before they are written again.
// $ids: [paper id]
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  MATCH (p)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(:Concept)
  DELETE r
}
CALL (id) {
  MATCH ()-[r:EXTENDS {paper: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:BUILT_ON {paper: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:INSPIRED_BY {paper: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:COMPARED_WITH {paper: id}]->()
  DELETE r
}
