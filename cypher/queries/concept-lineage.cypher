// A method's family tree: the methods it extends, is built on, is inspired by or is compared with, and those
// that do so to it, up to $depth (1 or 2) steps away, each with its first year (from the papers per year
// derive stores; null when none of its papers has a year) and its distance from the method. Ring 1 keeps the
// most often linked methods first (then paper count) until $limit nodes in all, ring 2 likewise with what
// room is left; `truncated` says whether any were left out. Edges: one per ordered pair and type among the
// kept methods, with how many papers state it and up to three of their sentences, earliest paper first.
// Internal: GET /api/concepts/:key/lineage
// Params:
//   $key: concept key (example: "method:daformer")
//   $depth: 1 or 2 (example: 2)
//   $limit: most methods in all, the method included (example: 40)
// Returns: subject, corpusHasYears, nodes, edges, truncated
MATCH (c:Concept {key: $key})
OPTIONAL MATCH (s:DerivedState {id: 'derived'})
WITH c, size(coalesce(s.years, [])) > 0 AS corpusHasYears
CALL (c) {
  MATCH (c)-[:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(n:Method)
  WHERE n <> c
  WITH n, count(*) AS links
  ORDER BY links DESC, coalesce(n.paperCount, 0) DESC, n.key
  RETURN collect(n) AS ring1
}
WITH c, corpusHasYears, ring1, $limit - 1 AS room1
WITH c, corpusHasYears, ring1[0..room1] AS hop1, size(ring1) > room1 AS cut1
CALL (c, hop1) {
  WITH c, hop1
  WHERE $depth >= 2
  UNWIND hop1 AS h
  MATCH (h)-[:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(n:Method)
  WHERE n <> c AND NOT n IN hop1
  WITH n, count(*) AS links
  ORDER BY links DESC, coalesce(n.paperCount, 0) DESC, n.key
  RETURN collect(n) AS ring2
}
WITH c, corpusHasYears, hop1, ring2, cut1, $limit - 1 - size(hop1) AS room2
WITH c, corpusHasYears, hop1, ring2[0..room2] AS hop2, cut1 OR size(ring2) > room2 AS truncated
WITH c, corpusHasYears, hop1, [c] + hop1 + hop2 AS kept, truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]->(b:Method)
  WHERE b IN kept AND b <> a
  OPTIONAL MATCH (p:Paper {id: r.paper})
  WITH a, type(r) AS type, b, r, p
  ORDER BY coalesce(p.year, 3000), r.paper, r.start
  WITH a, type, b, count(r) AS papers, collect({sentence: r.sentence, paper: p {.id, .title, .year}}) AS evidence
  ORDER BY a.key, type, b.key
  RETURN collect({from: a.key, to: b.key, type: type, papers: papers, evidence: evidence[0..3]}) AS edges
}
RETURN c {.key, .name, .type} AS subject,
       corpusHasYears,
       [n IN kept | n {.key, .name, .type, .paperCount,
         firstYear: coalesce(n.years, [])[0],
         depth: CASE WHEN n = c THEN 0 WHEN n IN hop1 THEN 1 ELSE 2 END}] AS nodes,
       edges,
       truncated
