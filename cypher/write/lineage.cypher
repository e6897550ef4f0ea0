// Creates method → method lineage edges, one per stating paper (its old ones were removed first).
// $rows: [{from, to, type, props}]; `type` is one of the whitelisted lineage types (src/model/concepts.ts);
// props: {paper, sentence, start, end, rule}
UNWIND $rows AS row
MATCH (a:Concept {key: row.from})
MATCH (b:Concept {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
