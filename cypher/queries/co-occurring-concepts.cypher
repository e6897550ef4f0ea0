// The concepts that co-occur with one concept (papers mention both), strongest association first, optionally
// of some types only: `weight` is the Jaccard of their paper sets, `papers` how many papers they share.
// Params:
//   $key: concept key (example: "method:daformer")
//   $types: concept types to keep, empty for all (example: ["Dataset", "Benchmark", "Task"])
//   $limit: how many (example: 20)
// Returns: concept, type, papers, weight, co
MATCH (c:Concept {key: $key})-[co:CO_OCCURS]-(other:Concept)
WHERE size($types) = 0 OR other.type IN $types
RETURN other AS concept, other.type AS type, co.papers AS papers, co.weight AS weight, co
ORDER BY weight DESC, papers DESC, other.key
LIMIT $limit
