// A concept's papers in each year of the corpus and its share of that year's papers (papers per year
// precomputed by derive; nothing when the corpus gives no years).
// Params:
//   $key: concept key (example: "method:bert")
// Returns: concept, year, papers, total, share
MATCH (c:Concept {key: $key})
MATCH (s:DerivedState {id: 'derived'})
UNWIND range(0, size(coalesce(s.years, [])) - 1) AS i
WITH c, s.years[i] AS year, s.yearPapers[i] AS total, coalesce(c.years, []) AS own
WITH c, year, total,
     coalesce(head([j IN range(0, size(own) - 1) WHERE own[j] = year | c.yearCounts[j]]), 0) AS papers
RETURN c.name AS concept, year, papers, total, toFloat(papers) / total AS share
ORDER BY year
