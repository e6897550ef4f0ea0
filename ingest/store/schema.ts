/** Applies `cypher/schema/*.cypher` (constraints, indexes). Every statement is IF NOT EXISTS: idempotent. */
import type { Database } from '../../neo4j/database';
import { cypher, cypherNames, statements } from '../../neo4j/cypher-files';

/** Runs every statement of the schema files in name order (the last one waits for indexes to be online). */
export async function applySchema(db: Database): Promise<number> {
  let applied = 0;
  for (const name of cypherNames('schema')) {
    for (const statement of statements(cypher(name))) {
      await db.run(statement);
      applied += 1;
    }
  }
  return applied;
}
