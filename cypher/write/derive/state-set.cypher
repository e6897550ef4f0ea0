// Records the basis of the derived layer just written, and the papers per year of the corpus (`years`
// ascending, `yearPapers` beside them); the last step of derive.
// $basis: string, $years: [int], $yearPapers: [int]
MERGE (s:DerivedState {id: 'derived'})
SET s.basis = $basis, s.years = $years, s.yearPapers = $yearPapers
