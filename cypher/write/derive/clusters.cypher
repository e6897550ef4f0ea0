// Reads the stored clusters.
// Params: none. Returns: id, label, size, top, theme, years, yearCounts (papers per year)
MATCH (k:Cluster)
RETURN k.id AS id, k.label AS label, k.size AS size, k.top AS top, k.theme AS theme,
       coalesce(k.years, []) AS years, coalesce(k.yearCounts, []) AS yearCounts
