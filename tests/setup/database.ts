/** For integration tests: a connection to the test database and a way to empty it. */
import { inject } from 'vitest';
import { Database } from '../../neo4j/database';
import { clearGraph } from '../../ingest/store/clear';

export async function testDatabase(): Promise<Database> {
  return Database.connect(inject('neo4j'));
}

/** Deletes every node and relationship (schema stays). */
export const clearDatabase = clearGraph;
