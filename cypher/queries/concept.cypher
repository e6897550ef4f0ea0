// One concept with its cluster, the papers that mention it (newest first, $papers of them from $offset on,
// `paperTotal` counting them all), the results reported on it or for it, and its lineage in both directions.
// Papers come with what the details panel shows (id, title, year) and every evidence; instead of the abstract,
// each evidence brings the stretch of it that holds every sentence containing the mention (`around`, in the
// evidence's order: the best one, then the list), where the server places the mention in its sentence.
// Results: those reported on it (a dataset's or benchmark's; a metric's for results that name no dataset or
// benchmark), a method's, and a metric's measured in it (`r.metricKey`, set only when the paper mentions the
// metric, hence the MEASURES join); `target` only for a dataset or benchmark. The newest $results of them,
// `resultTotal` counting them all (a generic metric such as accuracy has thousands).
// Internal: GET /api/concepts/:key
// Params:
//   $key: concept key (example: "method:daformer")
//   $papers: most papers to return (example: 100)
//   $offset: papers to skip, newest first (example: 0)
//   $results: most results to return, newest first (example: 200)
// Returns: concept, cluster, papers, paperTotal, results, resultTotal, lineage
MATCH (c:Concept {key: $key})
OPTIONAL MATCH (c)-[:IN_CLUSTER]->(cl:Cluster)
CALL (c) {
  MATCH (p:Paper)-[m:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c)
  WITH p, m
  ORDER BY coalesce(p.year, 0) DESC, p.id, type(m)
  SKIP $offset
  LIMIT $papers
  CALL (p, m) {
    UNWIND range(0, size(coalesce(m.sentences, []))) AS i
    WITH
      i,
      CASE i WHEN 0 THEN m.sentence ELSE m.sentences[i - 1] END AS sentence,
      CASE i WHEN 0 THEN m.start ELSE m.starts[i - 1] END AS spanStart,
      CASE i WHEN 0 THEN m.end ELSE m.ends[i - 1] END AS spanEnd
    WITH i, sentence, spanStart, spanEnd, spanEnd - size(sentence) AS earliest
    WITH
      i,
      CASE WHEN earliest < 0 THEN 0 WHEN earliest > spanStart THEN spanStart ELSE earliest END AS origin,
      CASE WHEN spanStart + size(sentence) > spanEnd THEN spanStart + size(sentence) ELSE spanEnd END AS latest
    ORDER BY i
    RETURN collect({from: origin, text: substring(p.abstract, origin, latest - origin)}) AS around
  }
  RETURN collect({
    paper: p {.id, .title, .year},
    relation: type(m),
    role: m.role,
    evidence: m {.sentence, .start, .end, .rule, .confidence, .sentences, .starts, .ends, .rules},
    around: around
  }) AS papers
}
CALL (c) {
  CALL (c) {
    MATCH (p:Paper)-[r:REPORTS]->(c)
    RETURN p, r, c AS target
    UNION
    MATCH (c:Method)<-[:PROPOSES|USES]-(p:Paper)-[r:REPORTS]->(target:Concept)
    WHERE r.method = c.key
    RETURN p, r, target
    UNION
    MATCH (c:Metric)<-[:MEASURES]-(p:Paper)-[r:REPORTS]->(target:Concept)
    WHERE r.metricKey = c.key
    RETURN p, r, target
  }
  OPTIONAL MATCH (method:Concept:Method {key: r.method})
  OPTIONAL MATCH (metric:Concept {key: r.metricKey})
  WITH p, r, target, method, metric
  ORDER BY coalesce(p.year, 0) DESC, p.id, r.start
  WITH collect({
    paper: p {.id, .title, .year, .venue},
    metric: r.metric,
    value: r.value,
    sentence: r.sentence,
    method: method {.key, .name, .type},
    metricConcept: metric {.key, .name, .type},
    target: CASE WHEN target:Metric THEN null ELSE target {.key, .name, .type} END
  }) AS reported
  RETURN reported[0..$results] AS results, size(reported) AS resultTotal
}
CALL (c) {
  MATCH (c)-[l:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]-(other:Method)
  OPTIONAL MATCH (p:Paper {id: l.paper})
  WITH c, l, other, p
  ORDER BY type(l), other.key
  RETURN collect({
    type: type(l),
    direction: CASE WHEN startNode(l) = c THEN 'out' ELSE 'in' END,
    other: other {.key, .name, .type},
    paper: p {.id, .title, .year},
    sentence: l.sentence
  }) AS lineage
}
RETURN c {.key, .name, .type, .aliases, .paperCount} AS concept, cl {.id, .label} AS cluster, papers,
       COUNT { (:Paper)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c) } AS paperTotal, results,
       resultTotal, lineage
