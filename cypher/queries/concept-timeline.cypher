// A concept's papers in each year of the corpus beside all papers of that year (counts precomputed by
// derive; years without a paper of the corpus are absent).
// Internal: GET /api/concepts/:key/timeline
// Params:
//   $key: concept key (example: "method:bert")
// Returns: key, name, type, year, papers, total
MATCH (c:Concept {key: $key})
OPTIONAL MATCH (s:DerivedState {id: 'derived'})
WITH c, coalesce(s.years, []) AS years, coalesce(s.yearPapers, []) AS totals
UNWIND CASE WHEN size(years) = 0 THEN [null] ELSE range(0, size(years) - 1) END AS i
WITH c, years[i] AS year, totals[i] AS total, coalesce(c.years, []) AS own
RETURN c.key AS key, c.name AS name, c.type AS type, year,
       coalesce(head([j IN range(0, size(own) - 1) WHERE own[j] = year | c.yearCounts[j]]), 0) AS papers,
       total
ORDER BY year
