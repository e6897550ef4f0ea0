// One paper with the concepts it mentions (each with every evidence, in reading order), the results it
// reports (each with its metric's concept when there is one; `target` only for a dataset or benchmark: a
// result on neither is stored against its metric) and the lineage it states.
// Internal: GET /api/papers/:id
// Params:
//   $id: paper id (example: "2111.14887")
// Returns: paper, entities, results, lineage
MATCH (p:Paper {id: $id})
CALL (p) {
  MATCH (p)-[m:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)
  WITH c, m
  ORDER BY m.start, c.key
  RETURN collect({
    concept: c {.key, .name, .type},
    relation: type(m),
    role: m.role,
    evidence: m {.sentence, .start, .end, .rule, .confidence, .sentences, .starts, .ends, .rules}
  }) AS entities
}
CALL (p) {
  MATCH (p)-[r:REPORTS]->(target:Concept)
  OPTIONAL MATCH (method:Concept:Method {key: r.method})
  OPTIONAL MATCH (metric:Concept {key: r.metricKey})
  WITH r, target, method, metric
  ORDER BY r.start
  RETURN collect({
    metric: r.metric,
    value: r.value,
    sentence: r.sentence,
    method: method {.key, .name, .type},
    metricConcept: metric {.key, .name, .type},
    target: CASE WHEN target:Metric THEN null ELSE target {.key, .name, .type} END
  }) AS results
}
CALL (p) {
  MATCH (p)-[:PROPOSES|USES]->(:Method)-[l:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(:Method)
  WHERE l.paper = p.id
  WITH DISTINCT l
  WITH l, startNode(l) AS a, endNode(l) AS b
  ORDER BY l.start
  RETURN collect({
    type: type(l),
    from: a {.key, .name, .type},
    to: b {.key, .name, .type},
    sentence: l.sentence
  }) AS lineage
}
RETURN p {.id, .title, .year, .venue, .url, .abstract, .doi, .arxivId, .openalexId, .s2Id, .origin} AS paper, entities, results, lineage
