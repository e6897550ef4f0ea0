// The neighbourhood of seed nodes (concepts and papers), as compact rows: ring 1 = their neighbours over
// mentions, lineage and co-occurrence; ring 2 (depth 2) = the papers and concepts linked to ring 1 by
// mentions and lineage (co-occurrence between two other concepts only repeats that two papers mention them).
// Each ring keeps its most strongly linked nodes first (the sum, over its links into the inner rings, of the
// co-occurrence weight or the mention's confidence, 1 for lineage; then paper count) until $limit nodes in
// all; `truncated` says whether any were left out (each ring keeps at most $limit + 1 of its best nodes, as
// many as can decide that: a hub's second ring holds tens of thousands). Edges: the mentions and lineage
// among the kept nodes, and the seeds' co-occurrences with them.
// Rows, not graph values (the API turns them into a graph payload; they cost less to send and decode):
// each node is [key, id, type, name or title, paperCount, year, cluster, years] (key, type, paperCount,
// cluster and years (those with papers, ascending) for concepts; id and year for papers), seeds first, then ring 1, then ring 2; each edge is one per pair
// of nodes and relationship type, [start key, start id, type, end key, end id, relationships, largest weight].
// Internal: GET /api/graph/neighborhood
// Params:
//   $keys: concept keys of the seeds (example: ["method:daformer"])
//   $paperIds: ids of seed papers (example: [])
//   $depth: 1 or 2 (example: 2)
//   $limit: most nodes in all, seeds included (example: 100)
// Returns: nodes, relationships, truncated
CALL () {
  MATCH (s:Concept)
  WHERE s.key IN $keys
  RETURN s
  UNION
  MATCH (s:Paper)
  WHERE s.id IN $paperIds
  RETURN s
}
WITH collect(s)[0..$limit] AS seeds
CALL (seeds) {
  UNWIND seeds AS s
  MATCH (s)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH|CO_OCCURS]-(n)
  WITH n, sum(coalesce(r.weight, r.confidence, 1.0)) AS strength
  WHERE NOT n IN seeds
  ORDER BY strength DESC, coalesce(n.paperCount, 1) DESC, coalesce(n.key, n.id)
  LIMIT $limit + 1
  RETURN collect(n) AS ring1
}
WITH seeds, ring1, $limit - size(seeds) AS room1
WITH seeds, ring1[0..room1] AS hop1, size(ring1) > room1 AS cut1
CALL (seeds, hop1) {
  WITH seeds, hop1
  WHERE $depth >= 2
  UNWIND hop1 AS h
  MATCH (h)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(n)
  WITH n, sum(coalesce(r.confidence, 1.0)) AS strength
  WHERE NOT n IN seeds AND NOT n IN hop1
  ORDER BY strength DESC, coalesce(n.paperCount, 1) DESC, coalesce(n.key, n.id)
  LIMIT $limit + 1
  RETURN collect(n) AS ring2
}
WITH seeds, seeds + hop1 AS inner, ring2, cut1, $limit - size(seeds) - size(hop1) AS room2
WITH seeds, inner + ring2[0..room2] AS kept, cut1 OR size(ring2) > room2 AS truncated
CALL (kept, seeds) {
  CALL (kept, seeds) {
    UNWIND kept AS a
    MATCH (a)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]->(b)
    WHERE b IN kept
    RETURN r
    UNION
    UNWIND seeds AS a
    MATCH (a)-[r:CO_OCCURS]-(b)
    WHERE b IN kept
    RETURN r
  }
  WITH startNode(r) AS a, type(r) AS type, endNode(r) AS b, count(r) AS count, max(r.weight) AS weight
  RETURN collect([a.key, a.id, type, b.key, b.id, count, weight]) AS relationships
}
RETURN [n IN kept | [n.key, n.id, n.type, coalesce(n.name, n.title), n.paperCount, n.year, n.cluster, n.years]] AS nodes,
  relationships,
  truncated
