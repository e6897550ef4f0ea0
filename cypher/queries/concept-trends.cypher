// Concepts of a type (null: every type) with at least $minPapers papers, each with its papers per year
// (precomputed by derive): what trends over a span are read from.
// Internal: GET /api/trends
// Params:
//   $type: concept type, or null for every type (example: "Method")
//   $minPapers: fewest papers a concept needs (example: 3)
// Returns: key, name, type, paperCount, years, counts
MATCH (c:Concept)
WHERE c.paperCount >= $minPapers AND ($type IS NULL OR c.type = $type) AND size(coalesce(c.years, [])) > 0
RETURN c.key AS key, c.name AS name, c.type AS type, c.paperCount AS paperCount, c.years AS years,
       c.yearCounts AS counts
ORDER BY c.paperCount DESC, c.key
