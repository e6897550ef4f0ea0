// Upserts papers. $rows: [{id, title, abstract, year, venue, url, authors, source}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title,
    p.abstract = row.abstract,
    p.year = row.year,
    p.venue = row.venue,
    p.url = row.url,
    p.authors = row.authors,
    p.source = row.source
