// The concepts of one type most papers mention, for saved queries' example parameters the graph answers.
// Internal: GET /api/queries
// Params:
//   $type: concept type (example: "Dataset")
//   $limit: how many (example: 5)
// Returns: key
MATCH (c:Concept)
WHERE c.type = $type
RETURN c.key AS key
ORDER BY c.paperCount DESC, c.key
LIMIT $limit
