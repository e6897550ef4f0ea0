// The cluster map: every cluster with its label, size and top concepts, and the weighted links between them.
// Internal: GET /api/clusters
// Params: none
// Returns: clusters, links
CALL () {
  MATCH (cl:Cluster)
  WITH cl
  ORDER BY cl.size DESC, cl.id
  RETURN collect(cl {
    .id, .label, .size,
    top: COLLECT { UNWIND coalesce(cl.top, []) AS key MATCH (c:Concept {key: key}) RETURN c {.key, .name, .type} }
  }) AS clusters
}
CALL () {
  MATCH (a:Cluster)-[l:LINKED]->(b:Cluster)
  WITH a, b, l
  ORDER BY l.weight DESC
  RETURN collect({source: a.id, target: b.id, weight: l.weight}) AS links
}
RETURN clusters, links
