// The lineage around a method: chains of extends / built on / inspired by / compared with, up to three steps
// in either direction.
// Params:
//   $key: method key (example: "method:daformer")
// Returns: path
MATCH path = (:Concept:Method {key: $key})-[:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH*1..3]-(:Method)
RETURN path
LIMIT 200
