// Clusters for a search box: those whose label holds every given word (lower-cased), largest first.
// Internal: GET /api/search
// Params:
//   $words: lower-cased words the label must all contain (example: ["segmentation"])
//   $fetch: most hits to read (example: 30)
// Returns: id, label, size
MATCH (cl:Cluster)
WHERE all(word IN $words WHERE toLower(cl.label) CONTAINS word)
RETURN cl.id AS id, cl.label AS label, cl.size AS size
ORDER BY cl.size DESC, cl.id
LIMIT $fetch
