// Papers for a search box: full-text matches on title and abstract, best first.
// Internal: GET /api/search
// Params:
//   $lucene: Lucene query over title and abstract, already escaped (example: "+(domain^2 OR domain*)")
//   $fetch: most hits to read (example: 30)
// Returns: id, title, year, score
CALL db.index.fulltext.queryNodes('paper_text', $lucene, {limit: $fetch}) YIELD node, score
RETURN node.id AS id, node.title AS title, node.year AS year, score
