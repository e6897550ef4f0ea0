// One concept with its cluster, the papers that mention it (newest first, each with every evidence and the
// abstract to place it), the results reported on it or for it, and its lineage in both directions.
// Internal: GET /api/concepts/:key
// Params:
//   $key: concept key (example: "method:daformer")
//   $papers: most papers to return (example: 100)
// Returns: concept, cluster, papers, results, lineage
MATCH (c:Concept {key: $key})
OPTIONAL MATCH (c)-[:IN_CLUSTER]->(cl:Cluster)
CALL (c) {
  MATCH (p:Paper)-[m:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c)
  WITH p, m
  ORDER BY coalesce(p.year, 0) DESC, p.id
  LIMIT $papers
  RETURN collect({
    paper: p {.id, .title, .year, .venue, .abstract},
    relation: type(m),
    role: m.role,
    evidence: m {.sentence, .start, .end, .rule, .confidence, .sentences, .starts, .ends, .rules}
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
  }
  OPTIONAL MATCH (method:Method {key: r.method})
  WITH p, r, target, method
  ORDER BY coalesce(p.year, 0) DESC, p.id, r.start
  RETURN collect({
    paper: p {.id, .title, .year, .venue},
    metric: r.metric,
    value: r.value,
    sentence: r.sentence,
    method: method {.key, .name, .type},
    target: target {.key, .name, .type}
  }) AS results
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
    paper: p {.id, .title, .year, .venue},
    paperId: l.paper,
    sentence: l.sentence
  }) AS lineage
}
RETURN c {.key, .name, .type, .aliases, .paperCount} AS concept, cl {.id, .label} AS cluster, papers, results, lineage
