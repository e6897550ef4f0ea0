// bench:write baseline — bare UNWIND CREATE of the writer's paper rows (no MERGE, no hashes, no deletes).
// $rows: [{id, props}]
UNWIND $rows AS row
CREATE (p:Paper)
SET p = row.props
