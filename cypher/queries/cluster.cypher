// One cluster with its member concepts (most papers first, at most $limit) and the co-occurrence and lineage
// relationships among them, as graph values; `truncated` says whether members were left out.
// Params:
//   $id: cluster id (example: "1")
//   $limit: most member concepts (example: 100)
// Returns: cluster, nodes, relationships, truncated
MATCH (cl:Cluster {id: $id})
CALL (cl) {
  MATCH (c:Concept)-[:IN_CLUSTER]->(cl)
  WITH c
  ORDER BY c.paperCount DESC, c.key
  RETURN collect(c) AS members
}
WITH cl, members[0..$limit] AS kept, size(members) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:CO_OCCURS|EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]->(b)
  WHERE b IN kept
  RETURN collect({
    kind: 'relationship', id: elementId(r), type: type(r),
    start: elementId(a), end: elementId(b), properties: r {.weight}
  }) AS relationships
}
RETURN cl {
  .id, .label, .size,
  top: COLLECT { UNWIND coalesce(cl.top, []) AS key MATCH (c:Concept {key: key}) RETURN c {.key, .name, .type} }
} AS cluster,
[n IN kept | {
  kind: 'node', id: elementId(n), labels: labels(n),
  properties: n {.key, .name, .type, .paperCount, .cluster}
}] AS nodes,
relationships,
truncated
