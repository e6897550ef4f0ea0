// Creates or updates clusters.
// $rows: [{id, label, size, top}]
UNWIND $rows AS row
MERGE (k:Cluster {id: row.id})
SET k.label = row.label, k.size = row.size, k.top = row.top
