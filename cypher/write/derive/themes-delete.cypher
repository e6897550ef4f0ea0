// Deletes themes that no longer exist, with their IN_THEME and LINKED edges.
// $ids: [theme id]
UNWIND $ids AS id
MATCH (t:Theme {id: id})
DETACH DELETE t
