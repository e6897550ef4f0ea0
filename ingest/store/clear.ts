/** Empties the database (every relationship, then every node); constraints and indexes stay. */
import { cypher } from '../../neo4j/cypher-files';
import type { Database } from '../../neo4j/database';

export async function clearGraph(db: Database): Promise<void> {
  await db.run(cypher('write/clear-relationships'));
  await db.run(cypher('write/clear-nodes'));
}
