// Reads the stored themes (the levels above the clusters).
// Params: none. Returns: id, label, level, size, children, top, parent, years, yearCounts (papers per year)
MATCH (t:Theme)
RETURN t.id AS id, t.label AS label, t.level AS level, t.size AS size, t.children AS children, t.top AS top,
  t.parent AS parent, coalesce(t.years, []) AS years, coalesce(t.yearCounts, []) AS yearCounts
