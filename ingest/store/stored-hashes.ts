/** What the store already holds for a set of papers: their content and graph hashes. */
import { cypher } from '../../neo4j/cypher-files';
import type { Database } from '../../neo4j/database';
import { retrying, type RetryPolicy } from '../../neo4j/retry';

export interface StoredHashes {
  contentHash: string | null;
  graphHash: string | null;
}

const CHUNK = 10_000;

/** Paper id → hashes, for the given ids that are stored. */
export async function readStoredHashes(
  db: Database,
  ids: readonly string[],
  retry: RetryPolicy = {},
): Promise<Map<string, StoredHashes>> {
  const stored = new Map<string, StoredHashes>();
  for (let offset = 0; offset < ids.length; offset += CHUNK) {
    const chunk = ids.slice(offset, offset + CHUNK);
    const { rows } = await retrying(
      () => db.read(cypher('write/stored-hashes'), { ids: chunk }),
      retry,
      'reading the stored papers',
    );
    for (const row of rows) {
      stored.set(String(row.id), {
        contentHash: (row.contentHash as string | null) ?? null,
        graphHash: (row.graphHash as string | null) ?? null,
      });
    }
  }
  return stored;
}
