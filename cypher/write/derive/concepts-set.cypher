// Sets concepts' paperCount and cluster, and makes IN_CLUSTER agree with `cluster` (null: no cluster).
// $rows: [{key, paperCount, cluster}]
UNWIND $rows AS row
MATCH (c:Concept {key: row.key})
SET c.paperCount = row.paperCount, c.cluster = row.cluster
WITH c, row
CALL (c) {
  MATCH (c)-[old:IN_CLUSTER]->(:Cluster)
  DELETE old
}
WITH c, row
WHERE row.cluster IS NOT NULL
MATCH (k:Cluster {id: row.cluster})
CREATE (c)-[:IN_CLUSTER]->(k)
