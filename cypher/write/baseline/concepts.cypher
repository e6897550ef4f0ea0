// bench:write baseline — bare UNWIND CREATE of the concepts first seen in a batch.
// $rows: [{key, type, name, aliases}]
UNWIND $rows AS row
CREATE (c:Concept {key: row.key, type: row.type, name: row.name, aliases: row.aliases})
