// The top level of the map — themes without a parent, or, when the corpus has no themes, the clusters — each
// with its papers per year (distinct papers reaching any of its concepts, precomputed by derive): what theme
// trends over a span are read from.
// Internal: GET /api/trends
// Params: none
// Returns: id, label, level, size, years, counts
CALL () {
  MATCH (t:Theme)
  WHERE t.parent IS NULL
  RETURN t AS n
  UNION
  MATCH (k:Cluster)
  WHERE k.theme IS NULL
  RETURN k AS n
}
WITH n
WHERE size(coalesce(n.years, [])) > 0
RETURN n.id AS id, n.label AS label, n.level AS level, n.size AS size, n.years AS years, n.yearCounts AS counts
ORDER BY n.size DESC, n.id
