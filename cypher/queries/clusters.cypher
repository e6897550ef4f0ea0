// The overview map: the top level of the hierarchy — themes without a parent, or, when the corpus has no
// themes, the clusters — each with its label, size, top concepts, (themes) level and child count and the
// years its papers were published in, and the weighted links among them. theme.cypher opens a theme.
// Internal: GET /api/clusters
// Params: none
// Returns: clusters, links
CALL () {
  CALL () {
    MATCH (t:Theme)
    WHERE t.parent IS NULL
    RETURN t AS n
    UNION
    MATCH (k:Cluster)
    WHERE k.theme IS NULL
    RETURN k AS n
  }
  WITH n
  ORDER BY n.size DESC, n.id
  RETURN collect(n) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[l:LINKED]->(b)
  WHERE b IN nodes
  WITH a, b, l
  ORDER BY l.weight DESC
  RETURN collect({source: a.id, target: b.id, weight: l.weight}) AS links
}
RETURN [n IN nodes | n {
  .id, .label, .size, .level, .children, .years,
  top: COLLECT { UNWIND coalesce(n.top, []) AS key MATCH (c:Concept {key: key}) RETURN c {.key, .name, .type} }
}] AS clusters, links
