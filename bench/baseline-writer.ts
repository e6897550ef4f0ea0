/**
 * The baseline of `bench:write`: the writer's own batch parameters written with bare `UNWIND ... CREATE`
 * statements (cypher/write/baseline/), one transaction per batch — no MERGE, no dynamic types, no hashes,
 * no replacement of old edges. The writer's rate is reported as a ratio of this one.
 */
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import type { BatchParameters } from '../ingest/store/writer';

export async function writeBaseline(db: Database, batches: readonly BatchParameters[]): Promise<void> {
  const created = new Set<string>();
  for (const batch of batches) {
    const concepts = batch.concepts.filter((concept) => !created.has(concept.key));
    for (const concept of concepts) created.add(concept.key);
    await db.write(async (tx) => {
      await tx.run(cypher('write/baseline/papers'), { rows: batch.papers });
      if (concepts.length > 0) await tx.run(cypher('write/baseline/concepts'), { rows: concepts });
      if (batch.mentions.length > 0)
        await tx.run(cypher('write/baseline/mentions'), { rows: batch.mentions });
      if (batch.lineage.length > 0) await tx.run(cypher('write/baseline/lineage'), { rows: batch.lineage });
      if (batch.results.length > 0) await tx.run(cypher('write/baseline/results'), { rows: batch.results });
    });
  }
}
