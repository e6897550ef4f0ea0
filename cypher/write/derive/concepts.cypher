// Reads every concept's derived properties and cluster membership as stored.
// Params: none. Returns: key, name, paperCount, cluster, years, yearCounts, memberOf (list of cluster ids)
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, c.paperCount AS paperCount, c.cluster AS cluster,
       coalesce(c.years, []) AS years, coalesce(c.yearCounts, []) AS yearCounts,
       COLLECT { MATCH (c)-[:IN_CLUSTER]->(k:Cluster) RETURN k.id } AS memberOf
