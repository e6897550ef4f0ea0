// Creates or updates themes. Their IN_THEME edges to the level above follow in themes-parents.cypher, once
// every theme exists. `years` ascending, `yearCounts` its papers in each.
// $rows: [{id, label, level, size, children, top, parent, years, yearCounts}]
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.label = row.label, t.level = row.level, t.size = row.size, t.children = row.children, t.top = row.top,
  t.parent = row.parent, t.years = row.years, t.yearCounts = row.yearCounts
