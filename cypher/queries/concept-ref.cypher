// A concept's key, name and type, when it exists.
// Internal: GET /api/concepts/:key/related (a key without related methods)
// Params:
//   $key: concept key (example: "method:daformer")
// Returns: key, name, type
MATCH (c:Concept {key: $key})
RETURN c.key AS key, c.name AS name, c.type AS type
