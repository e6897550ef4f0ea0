// Deletes clusters that no longer exist, with their IN_CLUSTER and LINKED edges.
// $ids: [cluster id]
UNWIND $ids AS id
MATCH (k:Cluster {id: id})
DETACH DELETE k
