// Reads every cluster's stored ranked papers (nulls when none are stored).
// Params: none. Returns: id, paperIds, paperMentions, paperTotal
MATCH (k:Cluster)
RETURN k.id AS id, k.paperIds AS paperIds, k.paperMentions AS paperMentions, k.paperTotal AS paperTotal
