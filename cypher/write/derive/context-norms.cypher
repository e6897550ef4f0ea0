// Reads every concept's stored context norm (null when none is stored).
// Params: none. Returns: key, contextNorm
MATCH (c:Concept)
RETURN c.key AS key, c.contextNorm AS contextNorm
