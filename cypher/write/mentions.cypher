// Creates paper → concept edges (their old ones were removed first).
// $rows: [{paper, concept, type, props}]; `type` is one of the whitelisted mention types (src/model/concepts.ts);
// props: {role?, sentence, start, end, rule, confidence, sentences, starts, ends, rules, mentions}
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (c:Concept {key: row.concept})
CREATE (p)-[r:$(row.type)]->(c)
SET r = row.props
