// Reads the stored clusters.
// Params: none. Returns: id, label, size, top, theme
MATCH (k:Cluster)
RETURN k.id AS id, k.label AS label, k.size AS size, k.top AS top, k.theme AS theme
