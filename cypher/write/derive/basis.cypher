// Reads what the derived layer's basis is computed from: every paper's id and graph hash.
// Params: none. Returns: id, graphHash
MATCH (p:Paper)
RETURN p.id AS id, p.graphHash AS graphHash
