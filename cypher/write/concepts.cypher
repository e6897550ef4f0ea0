// Upserts concepts. A new concept gets its label, name, type and aliases; an existing one keeps its name
// (the first writer's) and gains the aliases it lacked (sorted, distinct) — the union is computed only
// for rows that bring a new alias, which most rows do not. A concept from a bulk import may have no
// `aliases` property at all (the import format cannot write an empty list): it counts as empty.
// $rows: [{key, type, name, aliases, aliasText}]; `type` is one of the whitelisted concept labels
// (src/model/concepts.ts).
UNWIND $rows AS row
MERGE (c:Concept {key: row.key})
  ON CREATE SET c:$(row.type), c.name = row.name, c.type = row.type, c.aliases = row.aliases,
                c.aliasText = row.aliasText
WITH c, row
WHERE any(alias IN row.aliases WHERE NOT alias IN coalesce(c.aliases, []))
SET c.aliases = COLLECT { UNWIND coalesce(c.aliases, []) + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias }
SET c.aliasText = reduce(text = '', alias IN c.aliases | text + CASE WHEN text = '' THEN '' ELSE '|' END + alias)
