// Methods related to a concept, best first, with what relates them. A concept's context is the datasets,
// benchmarks and tasks of the papers that mention it (a dataset, benchmark or task counts as its own);
// each item weighs idf = ln(1 + papers / item's paperCount), so a rare shared dataset counts far more than a
// task half the corpus addresses. Similarity = cosine of the two idf-weighted contexts, so a generic method
// whose papers span many topics ("neural network") ranks below one whose context matches the concept's.
// score = 0.85 similarity + 0.15 co-occurrence weight, halved; a method in lineage with the concept gets
// 0.5 on top, so lineage comes first; every score stays within 0..1. Shared items come rarest first.
// Only the 200 methods sharing the most context are scored. `subject` is the concept itself.
// A hub's context holds thousands of items (2,250 for "neural network" in 49k conference abstracts), and
// following every one of them reaches most of the corpus's methods: a context of more than 300 items is
// probed through its 300 most specific ones (fewest papers), which find the candidates and make the shared
// items; the generic items left out weigh least (idf) and only the norm still counts them. Below 300 items
// nothing changes.
// Each concept's norm is precomputed by derive (`contextNorm`, ingest/derive/answers.ts, the same sum); it is
// computed here only for a graph derive has not annotated (the test fixture, for one): walking 200
// candidates' contexts, hubs among them, was most of a hub's request.
// Internal: GET /api/concepts/:key/related
// Params:
//   $key: concept key (example: "method:daformer")
//   $limit: most methods to return (example: 10)
// Returns: method, score, similarity, datasets, tasks, cooccurrence, lineage, subject
MATCH (c:Concept {key: $key})
CALL () {
  MATCH (p:Paper)
  RETURN toFloat(count(p)) AS corpus
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]-(:Paper)-[:EVALUATES_ON|ADDRESSES]->(x:Concept)
  WITH c, collect(DISTINCT x) AS found
  RETURN CASE WHEN c:Dataset OR c:Benchmark OR c:Task THEN found + c ELSE found END AS context
}
WITH c, corpus, context,
     CASE WHEN c.contextNorm IS NULL
          THEN sqrt(reduce(s = 0.0, x IN context | s + log(1 + corpus / coalesce(x.paperCount, 1)) ^ 2))
          ELSE c.contextNorm
     END AS contextNorm
WITH c, corpus, context, contextNorm,
     CASE WHEN size(context) <= 300 THEN context
          ELSE COLLECT { UNWIND context AS x WITH x ORDER BY coalesce(x.paperCount, 1), x.key RETURN x LIMIT 300 }
     END AS probe
CALL (c, probe) {
  UNWIND probe AS x
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
WITH c, corpus, contextNorm, m,
     collect(DISTINCT item) AS shared,
     max(co.weight) AS coWeight,
     max(co.papers) AS coPapers,
     collect(DISTINCT CASE WHEN lin IS NOT NULL THEN {
       type: type(lin), direction: CASE WHEN startNode(lin) = c THEN 'out' ELSE 'in' END
     } END) AS lineage
WITH c, corpus, contextNorm, m, shared, coWeight, coPapers, lineage,
     reduce(s = 0.0, x IN shared | s + log(1 + corpus / coalesce(x.paperCount, 1)) ^ 2) AS overlap
ORDER BY size(lineage) > 0 DESC, overlap DESC, coalesce(coWeight, 0.0) DESC, m.key
LIMIT 200
CALL (m, corpus) {
  WITH m, corpus
  WHERE m.contextNorm IS NULL
  MATCH (m)<-[:PROPOSES|USES]-(:Paper)-[:EVALUATES_ON|ADDRESSES]->(y:Concept)
  WITH DISTINCT corpus, y
  RETURN sqrt(sum(log(1 + corpus / coalesce(y.paperCount, 1)) ^ 2)) AS ownNorm
}
WITH c, m, shared, coWeight, coPapers, lineage, overlap,
     contextNorm * CASE WHEN m.contextNorm IS NULL THEN ownNorm ELSE m.contextNorm END AS norms
WITH c, m, shared, coWeight, coPapers, lineage,
     CASE WHEN norms > 0 THEN overlap / norms ELSE 0.0 END AS similarity
WITH c, m, shared, coWeight, coPapers, lineage, similarity,
     CASE WHEN size(lineage) > 0 THEN 0.5 ELSE 0.0 END
       + 0.5 * (0.85 * similarity + 0.15 * coalesce(coWeight, 0.0)) AS score
ORDER BY score DESC, m.key
LIMIT $limit
RETURN m {.key, .name, .type} AS method,
       score,
       similarity,
       [x IN shared WHERE x:Dataset OR x:Benchmark | x {.key, .name, .type, .paperCount}] AS datasets,
       [x IN shared WHERE x:Task | x {.key, .name, .type, .paperCount}] AS tasks,
       CASE WHEN coWeight IS NULL THEN null ELSE {weight: coWeight, papers: coPapers} END AS cooccurrence,
       lineage,
       c {.key, .name, .type} AS subject
