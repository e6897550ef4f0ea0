// Records the content hash of papers whose written graph did not change (see ingest/store/hashes.ts).
// $rows: [{id, contentHash}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.id})
SET p.contentHash = row.contentHash
