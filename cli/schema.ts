/** `npm run db:schema` — applies cypher/schema/*.cypher to NEO4J_URI or the embedded Neo4j. */
import { connectDatabase } from '../neo4j/connect';
import type { Database } from '../neo4j/database';
import { retrying } from '../neo4j/retry';
import { applySchema } from '../ingest/store/schema';

let db: Database | undefined;
try {
  const connected = await retrying(() => connectDatabase(), {}, 'connecting');
  db = connected.db;
  const applied = await retrying(() => applySchema(connected.db), {}, 'applying the schema');
  console.log(`Schema applied to ${connected.settings.uri}: ${applied} statements (each IF NOT EXISTS).`);
} catch (error) {
  console.error(`db:schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db?.close();
}
