// Sets clusters' first papers as GET /api/clusters/:id ranks them (most members mentioned first, then newest,
// then by id), how many members each mentions, and how many papers mention any member.
// $rows: [{id, paperIds, paperMentions, paperTotal}]
UNWIND $rows AS row
MATCH (k:Cluster {id: row.id})
SET k.paperIds = row.paperIds, k.paperMentions = row.paperMentions, k.paperTotal = row.paperTotal
