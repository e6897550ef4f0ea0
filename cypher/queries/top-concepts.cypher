// The concepts mentioned by the most papers, optionally of some types only.
// Params:
//   $types: concept types to keep, empty for all (example: ["Method"])
//   $limit: how many (example: 10)
// Returns: key, name, type, papers
MATCH (c:Concept)
WHERE size($types) = 0 OR c.type IN $types
RETURN c.key AS key, c.name AS name, c.type AS type, c.paperCount AS papers
ORDER BY papers DESC, key
LIMIT $limit
