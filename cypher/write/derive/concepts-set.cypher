// Sets concepts' paperCount, cluster and papers per year (`years` ascending, `yearCounts` beside them), and
// makes IN_CLUSTER agree with `cluster` (null: no cluster).
// $rows: [{key, paperCount, cluster, years, yearCounts}]
UNWIND $rows AS row
MATCH (c:Concept {key: row.key})
SET c.paperCount = row.paperCount, c.cluster = row.cluster, c.years = row.years, c.yearCounts = row.yearCounts
WITH c, row
CALL (c) {
  MATCH (c)-[old:IN_CLUSTER]->(:Cluster)
  DELETE old
}
WITH c, row
WHERE row.cluster IS NOT NULL
MATCH (k:Cluster {id: row.cluster})
CREATE (c)-[:IN_CLUSTER]->(k)
