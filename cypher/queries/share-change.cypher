// Concepts whose share of the year's papers changed most from one year to another (papers per year
// precomputed by derive): a positive change rose, a negative one fell.
// Params:
//   $from: the earlier year (example: 2021)
//   $to: the later year (example: 2024)
//   $type: concept type, or null for every type (example: "Method")
//   $limit: how many concepts (example: 20)
// Returns: concept, type, fromPapers, fromShare, toPapers, toShare, change
MATCH (s:DerivedState {id: 'derived'})
WITH coalesce(s.years, []) AS years, coalesce(s.yearPapers, []) AS totals
WITH head([i IN range(0, size(years) - 1) WHERE years[i] = $from | totals[i]]) AS fromTotal,
     head([i IN range(0, size(years) - 1) WHERE years[i] = $to | totals[i]]) AS toTotal
WHERE fromTotal > 0 AND toTotal > 0
MATCH (c:Concept)
WHERE ($type IS NULL OR c.type = $type) AND ($from IN c.years OR $to IN c.years)
WITH c, fromTotal, toTotal,
     coalesce(head([i IN range(0, size(c.years) - 1) WHERE c.years[i] = $from | c.yearCounts[i]]), 0) AS fromPapers,
     coalesce(head([i IN range(0, size(c.years) - 1) WHERE c.years[i] = $to | c.yearCounts[i]]), 0) AS toPapers
WITH c, fromPapers, toPapers, toFloat(fromPapers) / fromTotal AS fromShare, toFloat(toPapers) / toTotal AS toShare
RETURN c.name AS concept, c.type AS type, fromPapers, fromShare, toPapers, toShare, toShare - fromShare AS change
ORDER BY abs(toShare - fromShare) DESC, concept
LIMIT $limit
