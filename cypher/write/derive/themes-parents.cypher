// Makes each theme's IN_THEME edge agree with its `parent` (null: a top-level theme).
// $ids: [theme id]
UNWIND $ids AS id
MATCH (t:Theme {id: id})
CALL (t) {
  MATCH (t)-[old:IN_THEME]->(:Theme)
  DELETE old
}
WITH t
WHERE t.parent IS NOT NULL
MATCH (p:Theme {id: t.parent})
CREATE (t)-[:IN_THEME]->(p)
