// Nodes by their element ids: the Cypher console fetches the end nodes of relationships a query returned
// without them, so they can be drawn.
// Internal: POST /api/cypher (end nodes of relationships returned alone)
// Params:
//   $ids: element ids (example: [])
// Returns: node
MATCH (node)
WHERE elementId(node) IN $ids
RETURN node
