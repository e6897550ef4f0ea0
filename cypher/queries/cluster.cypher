// One cluster with its member concepts (most papers first, at most $limit) and the co-occurrence and lineage
// relationships among them; `truncated` says whether members were left out. Nodes and relationships are rows
// as in neighborhood.cypher: each member [key, id, type, name, paperCount, year, cluster, years], each edge one per
// pair of members and relationship type, [start key, start id, type, end key, end id, relationships,
// largest weight]. Also the cluster's papers: those mentioning any member, ranked by how many members they
// mention (then newest first), at most $papers of them, with `paperTotal` counting them all, and the same
// papers as node rows (`paperNodes`) with their mentions of the kept members as edge rows (`paperEdges`),
// so the cluster draws its papers too. `path`: the themes the cluster lies in, top first (empty: none).
// Derive ranks each cluster's papers in advance (`paperIds`, `paperMentions`, `paperTotal` on the cluster,
// ingest/derive/answers.ts; the first 100, the most the API asks for): they are ranked here only for a graph
// derive has not annotated (the test fixture, for one).
// Internal: GET /api/clusters/:id
// Params:
//   $id: cluster id, the key of its top concept (example: "task:semantic segmentation")
//   $limit: most member concepts (example: 100)
//   $papers: most papers (example: 20)
// Returns: cluster, path, nodes, relationships, truncated, papers, paperTotal, paperNodes, paperEdges
MATCH (cl:Cluster {id: $id})
CALL (cl) {
  MATCH (c:Concept)-[:IN_CLUSTER]->(cl)
  WITH c
  ORDER BY c.paperCount DESC, c.key
  RETURN collect(c) AS members
}
WITH cl, members, members[0..$limit] AS kept, size(members) > $limit AS truncated
CALL (cl) {
  UNWIND range(0, size(coalesce(cl.paperIds, [])) - 1) AS i
  WITH cl, i
  WHERE i < $papers
  MATCH (p:Paper {id: cl.paperIds[i]})
  WITH cl, i, p
  ORDER BY i
  RETURN collect({paper: p, mentioned: cl.paperMentions[i]}) AS stored
}
CALL (cl, members) {
  WITH cl, members
  WHERE cl.paperIds IS NULL
  UNWIND members AS c
  MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c)
  WITH p, count(DISTINCT c) AS mentioned
  ORDER BY mentioned DESC, coalesce(p.year, 0) DESC, p.id
  RETURN collect({paper: p, mentioned: mentioned}) AS live
}
WITH cl, members, kept, truncated,
     CASE WHEN cl.paperIds IS NULL THEN live[0..$papers] ELSE stored END AS ranked,
     CASE WHEN cl.paperIds IS NULL THEN size(live) ELSE cl.paperTotal END AS paperTotal
WITH cl, members, kept, truncated, paperTotal, [item IN ranked | {
       id: item.paper.id, title: item.paper.title, year: item.paper.year, venue: item.paper.venue,
       concepts: item.mentioned
     }] AS papers, [item IN ranked | item.paper] AS shown
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:CO_OCCURS|EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]->(b)
  WHERE b IN kept
  WITH a, type(r) AS type, b, count(r) AS count, max(r.weight) AS weight
  RETURN collect([a.key, a.id, type, b.key, b.id, count, weight]) AS relationships
}
CALL (cl) {
  OPTIONAL MATCH up = (cl)-[:IN_THEME*1..]->(top:Theme)
  WHERE top.parent IS NULL
  RETURN CASE WHEN up IS NULL THEN [] ELSE [x IN reverse(nodes(up))[0..-1] | x {.id, .label, .level}] END AS path
  LIMIT 1
}
CALL (kept, shown) {
  UNWIND shown AS p
  MATCH (p)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)
  WHERE c IN kept
  RETURN collect([null, p.id, type(r), c.key, null, 1, null]) AS paperEdges
}
RETURN cl {
  .id, .label, .size,
  top: COLLECT { UNWIND coalesce(cl.top, []) AS key MATCH (c:Concept {key: key}) RETURN c {.key, .name, .type} }
} AS cluster,
path,
[n IN kept | [n.key, n.id, n.type, n.name, n.paperCount, n.year, n.cluster, n.years]] AS nodes,
relationships,
truncated,
papers,
paperTotal,
[item IN papers | [null, item.id, 'Paper', item.title, null, item.year, null]] AS paperNodes,
paperEdges
