// Upserts concepts: the first writer names a concept; aliases accumulate (sorted, distinct) across ingests.
// $rows: [{key, type, name, aliases}]; `type` is one of the whitelisted concept labels (src/model/concepts.ts).
UNWIND $rows AS row
MERGE (c:Concept {key: row.key})
  ON CREATE SET c.name = row.name, c.type = row.type
SET c:$(row.type)
SET c.aliases = COLLECT { UNWIND coalesce(c.aliases, []) + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias }
SET c.aliasText = reduce(text = '', alias IN c.aliases | text + CASE WHEN text = '' THEN '' ELSE '|' END + alias)
