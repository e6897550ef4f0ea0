// One theme opened: its children (the clusters or themes one level down) with label, size, top concepts and
// (themes) level and child count and the years of their papers, the weighted links among them, and the path from the top theme down to
// this one. No row when there is no such theme.
// Internal: GET /api/clusters?theme=
// Params:
//   $id: theme id, t<level>:<key of its label's first concept> (example: "t1:task:machine translation")
// Returns: clusters, links, path
MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (n)-[:IN_THEME]->(t)
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
CALL (t) {
  MATCH up = (t)-[:IN_THEME*0..]->(top:Theme)
  WHERE top.parent IS NULL
  RETURN [x IN reverse(nodes(up)) | x {.id, .label, .level}] AS path
  LIMIT 1
}
RETURN [n IN nodes | n {
  .id, .label, .size, .level, .children, .years,
  top: COLLECT { UNWIND coalesce(n.top, []) AS key MATCH (c:Concept {key: key}) RETURN c {.key, .name, .type} }
}] AS clusters, links, path
