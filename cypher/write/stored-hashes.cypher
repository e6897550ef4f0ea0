// Reads what the store already holds for the given papers.
// $ids: [paper id]. Returns: id, contentHash, graphHash
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS contentHash, p.graphHash AS graphHash
