// Concepts for a search box: full-text matches on name and aliases, plus concepts whose key starts with one
// of the given prefixes (type + canonical form of what was typed). Scores are Lucene's; prefix-only hits
// score 0 and are ranked by the server.
// Internal: GET /api/search
// Params:
//   $lucene: Lucene query over name and aliasText, already escaped (example: "+(dafor^2 OR dafor*)")
//   $prefixes: concept key prefixes (example: ["method:dafor", "dataset:dafor"])
//   $types: concept types to keep, empty for all (example: [])
//   $fetch: most hits to read from each source (example: 30)
// Returns: key, name, type, aliases, paperCount, score
CALL () {
  CALL db.index.fulltext.queryNodes('concept_text', $lucene, {limit: $fetch}) YIELD node, score
  RETURN node AS c, score
  UNION ALL
  UNWIND $prefixes AS prefix
  CALL (prefix) {
    MATCH (c:Concept)
    WHERE c.key STARTS WITH prefix
    RETURN c
    LIMIT $fetch
  }
  RETURN c, 0.0 AS score
}
WITH c, max(score) AS score
WHERE size($types) = 0 OR c.type IN $types
RETURN c.key AS key, c.name AS name, c.type AS type, c.aliases AS aliases, c.paperCount AS paperCount, score
