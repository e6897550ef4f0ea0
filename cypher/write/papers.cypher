// Upserts papers; `SET p = row.props` replaces every property, so a rewritten paper keeps no stale one.
// $rows: [{id, props: {id, title, abstract, year?, venue?, url?, authors?, source, contentHash, graphHash}}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p = row.props
