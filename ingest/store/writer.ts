/** Writes the knowledge graph to Neo4j in UNWIND batches, one transaction per batch. */
import { cypher } from '../../neo4j/cypher-files';
import { withRetry, type Database } from '../../neo4j/database';
import type { Abstract } from '../../src/model/abstract';

export const BATCH_SIZE = 500;

export async function writePapers(db: Database, abstracts: Abstract[]): Promise<number> {
  const query = cypher('write/papers');
  for (let offset = 0; offset < abstracts.length; offset += BATCH_SIZE) {
    const rows = abstracts.slice(offset, offset + BATCH_SIZE).map((paper) => ({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      year: paper.year ?? null,
      venue: paper.venue ?? null,
      url: paper.url ?? null,
      authors: paper.authors ?? null,
      source: paper.source,
    }));
    await withRetry(() => db.write((tx) => tx.run(query, { rows })));
  }
  return abstracts.length;
}
