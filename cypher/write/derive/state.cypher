// Reads the basis the stored derived layer was computed from (absent before the first derive).
// Params: none. Returns: basis
MATCH (s:DerivedState {id: 'derived'})
RETURN s.basis AS basis
