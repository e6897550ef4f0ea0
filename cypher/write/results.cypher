// Creates paper → dataset/benchmark results, and paper → metric ones for results that name neither (their
// old ones were removed first).
// $rows: [{paper, target, props}]; props: {metric, metricKey?, value, numeric?, method?, sentence, start, end, rule}
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (t:Concept {key: row.target})
CREATE (p)-[r:REPORTS]->(t)
SET r = row.props
