// The corpus's years and its papers in each (precomputed by derive; empty lists when no paper has a year).
// Internal: GET /api/trends
// Params: none
// Returns: years, papers
OPTIONAL MATCH (s:DerivedState {id: 'derived'})
RETURN coalesce(s.years, []) AS years, coalesce(s.yearPapers, []) AS papers
