// Rewrites papers already stored; `SET p = row.props` replaces every property, so none goes stale.
// $rows: [{id, props: {id, title, abstract, year?, venue?, url?, authors?, doi?, arxivId?, openalexId?, s2Id?, origin?, source, contentHash, graphHash}}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p = row.props
