// bench:write baseline — bare UNWIND CREATE of the writer's mention rows, with one fixed type.
// $rows: [{paper, concept, type, props}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (c:Concept {key: row.concept})
CREATE (p)-[r:USES]->(c)
SET r = row.props
