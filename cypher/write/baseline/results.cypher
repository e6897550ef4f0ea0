// bench:write baseline — bare UNWIND CREATE of the writer's result rows.
// $rows: [{paper, target, props}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (t:Concept {key: row.target})
CREATE (p)-[r:REPORTS]->(t)
SET r = row.props
