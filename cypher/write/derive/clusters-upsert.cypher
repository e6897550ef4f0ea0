// Creates or updates clusters, and makes IN_THEME agree with `theme` (null: no theme). Themes are written
// first (themes-upsert.cypher). `years` ascending, `yearCounts` its papers in each.
// $rows: [{id, label, size, top, theme, years, yearCounts}]
UNWIND $rows AS row
MERGE (k:Cluster {id: row.id})
SET k.label = row.label, k.size = row.size, k.top = row.top, k.theme = row.theme,
  k.years = row.years, k.yearCounts = row.yearCounts
WITH k, row
CALL (k) {
  MATCH (k)-[old:IN_THEME]->(:Theme)
  DELETE old
}
WITH k, row
WHERE row.theme IS NOT NULL
MATCH (t:Theme {id: row.theme})
CREATE (k)-[:IN_THEME]->(t)
