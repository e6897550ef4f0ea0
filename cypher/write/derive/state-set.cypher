// Records the basis of the derived layer just written; the last step of derive.
// $basis: string
MERGE (s:DerivedState {id: 'derived'})
SET s.basis = $basis
