/** Helpers for integration tests: a connection to the test database and a way to empty it. */
import { inject } from 'vitest';
import { Database } from '../../neo4j/database';

export async function testDatabase(): Promise<Database> {
  return Database.connect(inject('neo4j'));
}

/** Deletes every node and relationship (schema stays). */
export async function clearDatabase(db: Database): Promise<void> {
  await db.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
