// Methods related to a concept, best first, with what relates them: datasets and benchmarks both are
// evaluated on and tasks both address (in the papers that mention each; a dataset, benchmark or task counts
// as its own), co-occurrence in the same papers, and lineage between them. Score = 0.30 datasets + 0.20 tasks + 0.30 co-occurrence weight + 0.20 lineage;
// the shared-items parts are 1 - exp(-sum of 1 / ln(e + paperCount)) over the shared items, so a rare shared
// dataset counts more than a ubiquitous one, and every part stays within 0..1. `subject` is the concept itself.
// Internal: GET /api/concepts/:key/related
// Params:
//   $key: concept key (example: "method:daformer")
//   $limit: most methods to return (example: 10)
// Returns: method, score, datasets, tasks, cooccurrence, lineage, subject
MATCH (c:Concept {key: $key})
CALL (c) {
  OPTIONAL MATCH (c)<-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]-(:Paper)-[:EVALUATES_ON|ADDRESSES]->(x:Concept)
  WITH c, collect(DISTINCT x) AS found
  RETURN CASE WHEN c:Dataset OR c:Benchmark OR c:Task THEN found + c ELSE found END AS context
}
CALL (c, context) {
  UNWIND context AS x
  MATCH (x)<-[:EVALUATES_ON|ADDRESSES]-(:Paper)-[:PROPOSES|USES]->(m:Method)
  WHERE m <> c
  WITH DISTINCT m, x
  RETURN m, x AS item, null AS co, null AS lin
  UNION ALL
  MATCH (c)-[co:CO_OCCURS]-(m:Method)
  RETURN m, null AS item, co, null AS lin
  UNION ALL
  MATCH (c)-[lin:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(m:Method)
  WHERE m <> c
  RETURN m, null AS item, null AS co, lin
}
WITH c, m,
     collect(DISTINCT CASE WHEN item:Dataset OR item:Benchmark THEN item END) AS datasets,
     collect(DISTINCT CASE WHEN item:Task THEN item END) AS tasks,
     max(co.weight) AS coWeight,
     max(co.papers) AS coPapers,
     collect(DISTINCT CASE WHEN lin IS NOT NULL THEN {
       type: type(lin), direction: CASE WHEN startNode(lin) = c THEN 'out' ELSE 'in' END
     } END) AS lineage
WITH c, m, datasets, tasks, coWeight, coPapers, lineage,
     1 - exp(-reduce(s = 0.0, x IN datasets | s + 1.0 / log(e() + coalesce(x.paperCount, 1)))) AS datasetPart,
     1 - exp(-reduce(s = 0.0, x IN tasks | s + 1.0 / log(e() + coalesce(x.paperCount, 1)))) AS taskPart
WITH c, m, datasets, tasks, coWeight, coPapers, lineage,
     0.30 * datasetPart + 0.20 * taskPart + 0.30 * coalesce(coWeight, 0.0)
       + CASE WHEN size(lineage) > 0 THEN 0.20 ELSE 0.0 END AS score
ORDER BY score DESC, m.key
LIMIT $limit
RETURN m {.key, .name, .type} AS method,
       score,
       [x IN datasets | x {.key, .name, .type}] AS datasets,
       [x IN tasks | x {.key, .name, .type}] AS tasks,
       CASE WHEN coWeight IS NULL THEN null ELSE {weight: coWeight, papers: coPapers} END AS cooccurrence,
       lineage,
       c {.key, .name, .type} AS subject
