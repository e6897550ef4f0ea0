// bench:write baseline — bare UNWIND CREATE of the writer's lineage rows, with one fixed type.
// $rows: [{from, to, type, props}]
UNWIND $rows AS row
MATCH (a:Concept {key: row.from})
MATCH (b:Concept {key: row.to})
CREATE (a)-[r:EXTENDS]->(b)
SET r = row.props
