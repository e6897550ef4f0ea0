/** What the store already holds for a set of papers: their content and graph hashes. */
import { cypher } from '../../neo4j/cypher-files';
import { z } from 'zod';
import type { Database } from '../../neo4j/database';
import type { RetryPolicy } from '../../neo4j/retry';
import { parseRows } from '../../neo4j/rows';

const storedHashesRow = z.object({
  id: z.string(),
  contentHash: z.string().nullable(),
  graphHash: z.string().nullable(),
});

export type StoredHashes = Omit<z.infer<typeof storedHashesRow>, 'id'>;

const CHUNK = 10_000;

/** Paper id → hashes, for the given ids that are stored. */
export async function readStoredHashes(
  db: Database,
  ids: readonly string[],
  retry: RetryPolicy = {},
): Promise<Map<string, StoredHashes>> {
  const rows = await db.readBatches(cypher('write/stored-hashes'), 'ids', ids, {
    batchSize: CHUNK,
    retry,
    what: 'reading the stored papers',
  });
  const stored = new Map<string, StoredHashes>();
  for (const { id, contentHash, graphHash } of parseRows('write/stored-hashes', rows, storedHashesRow)) {
    stored.set(id, { contentHash, graphHash });
  }
  return stored;
}
