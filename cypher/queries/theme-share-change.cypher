// Themes at the top of the map (clusters when the corpus has no themes) whose share of the year's papers
// changed most from one year to another: papers reaching any of a theme's concepts, per year, precomputed
// by derive. A positive change grew, a negative one shrank; nothing when the corpus gives no years.
// Params:
//   $from: the earlier year (example: 2021)
//   $to: the later year (example: 2024)
//   $limit: how many themes (example: 10)
// Returns: theme, concepts, fromPapers, fromShare, toPapers, toShare, change
MATCH (s:DerivedState {id: 'derived'})
WITH coalesce(s.years, []) AS years, coalesce(s.yearPapers, []) AS totals
WITH head([i IN range(0, size(years) - 1) WHERE years[i] = $from | totals[i]]) AS fromTotal,
     head([i IN range(0, size(years) - 1) WHERE years[i] = $to | totals[i]]) AS toTotal
WHERE fromTotal > 0 AND toTotal > 0
CALL () {
  MATCH (t:Theme)
  WHERE t.parent IS NULL
  RETURN t AS n
  UNION
  MATCH (k:Cluster)
  WHERE k.theme IS NULL
  RETURN k AS n
}
WITH n, fromTotal, toTotal
WHERE $from IN n.years OR $to IN n.years
WITH n, fromTotal, toTotal,
     coalesce(head([i IN range(0, size(n.years) - 1) WHERE n.years[i] = $from | n.yearCounts[i]]), 0) AS fromPapers,
     coalesce(head([i IN range(0, size(n.years) - 1) WHERE n.years[i] = $to | n.yearCounts[i]]), 0) AS toPapers
WITH n, fromPapers, toPapers, toFloat(fromPapers) / fromTotal AS fromShare, toFloat(toPapers) / toTotal AS toShare
RETURN n.label AS theme, n.size AS concepts, fromPapers, fromShare, toPapers, toShare, toShare - fromShare AS change
ORDER BY abs(toShare - fromShare) DESC, theme
LIMIT $limit
